package org.exposuite.testfixtures;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** registration-service's key endpoint as the test wants it: answering, or taking requests and never answering. */
public final class KeyEndpoint implements HttpHandler {

    private final String keySet;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile CountDownLatch hanging = new CountDownLatch(0);

    public KeyEndpoint(JWK... keys) {
        keySet = new JWKSet(List.of(keys)).toPublicJWKSet().toString();
    }

    /** From now on every request is accepted and never answered. */
    public void hang() {
        hanging = new CountDownLatch(1);
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try {
            hanging.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        byte[] body = keySet.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/jwk-set+json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
