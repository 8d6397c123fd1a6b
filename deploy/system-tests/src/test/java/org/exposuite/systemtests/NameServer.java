package org.exposuite.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A name server on 127.0.0.1 answering A queries from a table the test changes, with a one-second TTL: what a
 * container platform's DNS does when a service comes back on another address. Unknown names get NXDOMAIN.
 */
final class NameServer implements AutoCloseable {

    private static final int TYPE_A = 1;
    private static final int NXDOMAIN = 3;

    private final Map<String, InetAddress> addresses = new ConcurrentHashMap<>();
    private final DatagramSocket socket;
    private final Thread worker;
    private volatile boolean open = true;

    NameServer() {
        try {
            socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            socket.setSoTimeout(200);
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
        worker = new Thread(this::serve, "test-name-server");
        worker.setDaemon(true);
        worker.start();
    }

    /** Where nginx's resolver asks: 127.0.0.1:PORT. */
    String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    void point(String name, String address) {
        try {
            addresses.put(name.toLowerCase(Locale.ROOT), InetAddress.getByName(address));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void forget(String name) {
        addresses.remove(name.toLowerCase(Locale.ROOT));
    }

    private void serve() {
        byte[] buffer = new byte[512];
        while (open) {
            DatagramPacket query = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(query);
                byte[] answer = answer(Arrays.copyOf(query.getData(), query.getLength()));
                if (answer != null) {
                    socket.send(new DatagramPacket(answer, answer.length, query.getSocketAddress()));
                }
            } catch (SocketTimeoutException e) {
                // look at `open` again
            } catch (IOException e) {
                if (open) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** The reply to one query (RFC 1035 section 4): its header and question echoed, then at most one A record. */
    private byte[] answer(byte[] query) {
        if (query.length < 17) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        int at = 12;
        while (at < query.length && query[at] != 0) {
            int length = query[at] & 0xff;
            if (length > 63 || at + 1 + length >= query.length) {
                return null;
            }
            name.append(name.isEmpty() ? "" : ".").append(new String(query, at + 1, length, java.nio.charset.StandardCharsets.US_ASCII));
            at += 1 + length;
        }
        int questionEnd = at + 5;
        if (questionEnd > query.length) {
            return null;
        }
        int type = ((query[at + 1] & 0xff) << 8) | (query[at + 2] & 0xff);
        InetAddress address = addresses.get(name.toString().toLowerCase(Locale.ROOT));
        boolean known = address != null;
        boolean withRecord = known && type == TYPE_A && address.getAddress().length == 4;

        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        reply.write(query[0]);
        reply.write(query[1]);
        reply.write(0x84 | (query[2] & 0x01)); // a response, authoritative, recursion-desired echoed
        reply.write(0x80 | (known ? 0 : NXDOMAIN)); // recursion available
        reply.writeBytes(new byte[] {0, 1, 0, (byte) (withRecord ? 1 : 0), 0, 0, 0, 0});
        reply.write(query, 12, questionEnd - 12);
        if (withRecord) {
            // the name by a pointer to the question, type A, class IN, TTL 1 s, four bytes of address
            reply.writeBytes(new byte[] {(byte) 0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 1, 0, 4});
            reply.writeBytes(address.getAddress());
        }
        return reply.toByteArray();
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        worker.join(2000);
        socket.close();
    }
}
