package org.exposuite.registration.rest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An organizer's receiver: a small HTTP server that records every webhook it is sent, answers 500 to the first n if
 * told to, and verifies signatures the way a receiver would, independently of the service's own signing code.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String id, long timestamp, String signatures, String body, int answered) {
        boolean accepted() {
            return answered / 100 == 2;
        }
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int status = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
            synchronized (received) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                        Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp")),
                        exchange.getRequestHeaders().getFirst("webhook-signature"), new String(body, StandardCharsets.UTF_8), status));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    static WebhookReceiver start() throws IOException {
        return new WebhookReceiver();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void failNext(int times) {
        failuresLeft.set(times);
    }

    List<Received> all() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    List<Received> accepted() {
        return all().stream().filter(Received::accepted).toList();
    }

    /** Standard Webhooks verification as a receiver does it: one of the space-separated v1 signatures must match. */
    static boolean signedWith(String secret, Received message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.replaceFirst("^whsec_", "")), "HmacSHA256"));
            byte[] expected = mac.doFinal((message.id() + "." + message.timestamp() + "." + message.body()).getBytes(StandardCharsets.UTF_8));
            for (String signature : message.signatures().split(" ")) {
                if (signature.startsWith("v1,") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
