package org.exposuite.testfixtures;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.Map;

/**
 * An HTTP server on a random port where the service fetches its badge keys, with the timings of an outage test: the
 * keys are fetched every 200 ms and are stale after 1 s; one fetch may take up to 30 s; a badge with an unknown key id
 * waits 3 s for a fetch. The test publishes the keys.
 */
public class BadgeKeyServer implements QuarkusTestResourceLifecycleManager {

    public static final String KEYS_PATH = "/api/registrations/keys";
    public static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration MAX_AGE = Duration.ofSeconds(1);
    public static final Duration UNKNOWN_KEY_WAIT = Duration.ofSeconds(3);

    /** Marks the test field that receives the running server. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Inject {
    }

    private StandInServer server;

    @Override
    public Map<String, String> start() {
        server = StandInServer.start("badge-key-server");
        return Map.of(
                "expo.badge.verification.jwks-location", server.url(KEYS_PATH),
                "expo.badge.verification.refresh-interval", "PT0.2S",
                "expo.badge.verification.max-age", MAX_AGE.toString(),
                "expo.badge.verification.fetch-timeout", FETCH_TIMEOUT.toString(),
                "expo.badge.verification.unknown-key-wait", UNKNOWN_KEY_WAIT.toString());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server.httpServer(), new TestInjector.AnnotatedAndMatchesType(Inject.class, HttpServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
