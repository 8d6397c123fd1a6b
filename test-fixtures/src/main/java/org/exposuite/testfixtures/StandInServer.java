package org.exposuite.testfixtures;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server on a random loopback port that stands in for another party of the expo (registration-service's key
 * endpoint, the identity provider) while a test runs. Each request gets its own thread, so one that hangs holds no other.
 */
public final class StandInServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;
    private boolean stopped;

    private StandInServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Listens from now on; its threads carry this name in thread dumps. */
    public static StandInServer start(String name) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.start();
        return new StandInServer(server, threads);
    }

    /** Answers requests to this path (and below it) with this handler. */
    public StandInServer handle(String path, HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    /** The address a service under test is given for this path. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The server itself, for a test that sets up its own paths. */
    public HttpServer httpServer() {
        return server;
    }

    /** Stops listening and drops open connections, answered or not: new connections are refused. */
    public synchronized void stop() {
        if (!stopped) {
            stopped = true;
            server.stop(0);
        }
    }

    /** Stops listening and ends the requests still running. */
    @Override
    public void close() {
        stop();
        threads.shutdownNow();
    }

    /** Answers the exchange with this status and body; an empty body is sent as none at all. */
    public static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
