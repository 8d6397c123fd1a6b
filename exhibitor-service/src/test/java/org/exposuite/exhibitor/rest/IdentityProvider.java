package org.exposuite.exhibitor.rest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.exposuite.testfixtures.StandInServer;

/**
 * The expo's identity provider on a random port: its discovery document and a token endpoint that issues RS256 tokens
 * of role `service` to exhibitor-service's client by client credentials. The service is pointed at it by issuer URL,
 * client id and secret, as production is.
 */
public class IdentityProvider implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "exhibitor-service";
    static final String CLIENT_SECRET = "exhibitor-service-client-secret";
    static final String ISSUER_PATH = "/realms/expo";

    /** Marks the test field that receives the token endpoint. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Inject {
    }

    private StandInServer server;
    private TokenEndpoint tokenEndpoint;

    @Override
    public Map<String, String> start() {
        server = StandInServer.start("identity-provider");
        String issuer = server.url(ISSUER_PATH);
        tokenEndpoint = new TokenEndpoint(issuer, CLIENT_ID, CLIENT_SECRET);
        server.handle(ISSUER_PATH + "/.well-known/openid-configuration", TokenEndpoint.discovery(issuer))
                .handle(ISSUER_PATH + TokenEndpoint.PATH, tokenEndpoint);
        return Map.of(
                "quarkus.oidc-client.auth-server-url", issuer,
                "quarkus.oidc-client.client-id", CLIENT_ID,
                "quarkus.oidc-client.credentials.secret", CLIENT_SECRET);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(tokenEndpoint, new TestInjector.AnnotatedAndMatchesType(Inject.class, TokenEndpoint.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
