package org.exposuite.testfixtures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.config.SocketConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

/**
 * A download over a slow line: it reads the first part of the answer, then reads nothing more until the test goes on.
 * Its small receive window fills at once, so the service soon waits, mid-answer, for the client to read.
 */
public final class SlowDownload implements AutoCloseable {

    private static final int RECEIVE_WINDOW = 4096;
    // Only a service that stopped answering altogether trips this; a busy machine never comes near it.
    private static final int READ_TIMEOUT_MILLIS = 300_000;

    private final CloseableHttpClient client;
    private final CloseableHttpResponse response;
    private final InputStream body;
    private final byte[] firstPart;

    private SlowDownload(CloseableHttpClient client, CloseableHttpResponse response, byte[] firstPart) throws IOException {
        this.client = client;
        this.response = response;
        this.body = response.getEntity().getContent();
        this.firstPart = firstPart;
    }

    /** Sends the GET with this Authorization header and reads the first {@code firstBytes} bytes of the body. */
    public static SlowDownload start(String url, String authorization, int firstBytes) {
        CloseableHttpClient client = HttpClients.custom()
                .setDefaultSocketConfig(SocketConfig.custom().setRcvBufSize(RECEIVE_WINDOW).setSoTimeout(READ_TIMEOUT_MILLIS).build())
                .build();
        try {
            HttpGet get = new HttpGet(url);
            get.setHeader("Authorization", authorization);
            CloseableHttpResponse response = client.execute(get);
            byte[] first = response.getEntity().getContent().readNBytes(firstBytes);
            return new SlowDownload(client, response, first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int status() {
        return response.getStatusLine().getStatusCode();
    }

    /** The bytes read before the pause. */
    public byte[] firstPart() {
        return firstPart.clone();
    }

    /** Reads the rest of the answer; the whole body, first part included. */
    public byte[] finish() {
        try {
            byte[] rest = body.readAllBytes();
            byte[] whole = Arrays.copyOf(firstPart, firstPart.length + rest.length);
            System.arraycopy(rest, 0, whole, firstPart.length, rest.length);
            return whole;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try (client; response) {
            // both closed, the connection with them
        }
    }
}
