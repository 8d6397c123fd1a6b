package org.exposuite.platform.badge;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in for registration-service's key endpoint (JWKS over HTTP) that can be made to hang or be stopped. */
final class KeyServer implements AutoCloseable {

    static final String KEYS_PATH = "/api/registrations/keys";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "key-server");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String keySet = "{\"keys\":[]}";
    private volatile CountDownLatch hanging = new CountDownLatch(0);
    private volatile int status = 200;
    private boolean stopped;

    KeyServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext(KEYS_PATH, this::respond);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + KEYS_PATH;
    }

    /** Publishes the public halves of these keys. */
    KeyServer publish(JWK... keys) {
        keySet = new JWKSet(List.of(keys)).toPublicJWKSet().toString();
        return this;
    }

    /** From now on every request is accepted and never answered. */
    void hang() {
        hanging = new CountDownLatch(1);
    }

    /** Answers again, also the requests that hang. */
    void answer() {
        hanging.countDown();
    }

    /** From now on every request is answered with this error status. */
    void failWith(int status) {
        this.status = status;
    }

    /** Stops listening and drops open connections, answered or not: new connections are refused. */
    synchronized void stop() {
        if (!stopped) {
            stopped = true;
            server.stop(0);
        }
    }

    /** Requests received so far, answered or not. */
    int requests() {
        return requests.get();
    }

    private void respond(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try {
            hanging.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        byte[] body = status == 200 ? keySet.getBytes(StandardCharsets.UTF_8) : new byte[0];
        exchange.getResponseHeaders().set("Content-Type", "application/jwk-set+json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        stop();
        hanging.countDown();
        threads.shutdownNow();
    }
}
