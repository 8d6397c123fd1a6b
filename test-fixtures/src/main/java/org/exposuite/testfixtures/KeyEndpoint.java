package org.exposuite.testfixtures;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * registration-service's key endpoint (JWKS) as the test wants it: answering with the published keys, answering with an
 * error status, or taking requests and never answering.
 */
public final class KeyEndpoint implements HttpHandler {

    private final AtomicInteger requests = new AtomicInteger();
    private volatile String keySet;
    private volatile CountDownLatch hanging = new CountDownLatch(0);
    private volatile int status = 200;

    public KeyEndpoint(JWK... keys) {
        publish(keys);
    }

    /** Publishes the public halves of these keys. */
    public KeyEndpoint publish(JWK... keys) {
        keySet = new JWKSet(List.of(keys)).toPublicJWKSet().toString();
        return this;
    }

    /** From now on every request is accepted and never answered. */
    public void hang() {
        hanging = new CountDownLatch(1);
    }

    /** Answers again, also the requests that hang. */
    public void answer() {
        hanging.countDown();
    }

    /** From now on every request is answered with this error status. */
    public void failWith(int status) {
        this.status = status;
    }

    /** Requests received so far, answered or not. */
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
        int answered = status;
        StandInServer.respond(exchange, answered, "application/jwk-set+json", answered == 200 ? keySet : "");
    }
}
