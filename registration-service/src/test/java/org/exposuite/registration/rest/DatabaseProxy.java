package org.exposuite.registration.rest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service reaches PostgreSQL through this small TCP proxy, so a test can take the database away as a restart does
 * (every open connection is cut, new ones are refused) and bring it back, without touching the shared server.
 */
public class DatabaseProxy implements QuarkusTestResourceLifecycleManager {

    /** The proxy of the running test; one service runs at a time. */
    static volatile DatabaseProxy current;

    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean down;
    private ServerSocket listener;
    private String targetHost;
    private int targetPort;

    @Override
    public Map<String, String> start() {
        // the database the other tests use, as the test run names it
        String url = System.getenv().getOrDefault("_TEST_QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://127.0.0.1:5432/expo_registration_test");
        URI target = URI.create(url.substring("jdbc:".length()));
        targetHost = target.getHost();
        targetPort = target.getPort() < 0 ? 5432 : target.getPort();
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(this::accept, "database-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
        current = this;
        String proxied = "jdbc:postgresql://127.0.0.1:" + listener.getLocalPort() + target.getRawPath()
                + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        return Map.of("quarkus.datasource.jdbc.url", proxied,
                // a refused connection is answered at once; no request should queue the long test default
                "quarkus.datasource.jdbc.acquisition-timeout", "5S");
    }

    /** The database goes away: open connections break, new ones are closed as soon as they arrive. */
    void cut() {
        down = true;
        for (Socket socket : open) {
            close(socket);
        }
    }

    /** The database is back. */
    void restore() {
        down = false;
    }

    @Override
    public void stop() {
        cut();
        try {
            listener.close();
        } catch (IOException ignored) {
            // the run is over
        }
        current = null;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (down) {
                    close(client);
                    continue;
                }
                Socket server = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                // the listener closed, or the database refused: the client sees its connection end
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException ignored) {
                // one side went away
            } finally {
                close(from);
                close(to);
            }
        }, "database-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
