package org.exposuite.platform.badge;

import com.nimbusds.jose.jwk.JWK;
import org.exposuite.testfixtures.KeyEndpoint;
import org.exposuite.testfixtures.StandInServer;

/** A stand-in for registration-service's key endpoint (JWKS over HTTP) that can be made to hang or be stopped. */
final class KeyServer implements AutoCloseable {

    static final String KEYS_PATH = "/api/registrations/keys";

    private final KeyEndpoint keys = new KeyEndpoint();
    private final StandInServer server = StandInServer.start("key-server").handle(KEYS_PATH, keys);

    String url() {
        return server.url(KEYS_PATH);
    }

    /** Publishes the public halves of these keys. */
    KeyServer publish(JWK... published) {
        keys.publish(published);
        return this;
    }

    /** From now on every request is accepted and never answered. */
    void hang() {
        keys.hang();
    }

    /** Answers again, also the requests that hang. */
    void answer() {
        keys.answer();
    }

    /** From now on every request is answered with this error status. */
    void failWith(int status) {
        keys.failWith(status);
    }

    /** Stops listening and drops open connections, answered or not: new connections are refused. */
    void stop() {
        server.stop();
    }

    /** Requests received so far, answered or not. */
    int requests() {
        return keys.requests();
    }

    @Override
    public void close() {
        server.stop();
        keys.answer();
        server.close();
    }
}
