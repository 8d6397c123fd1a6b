package org.exposuite.exhibitor.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.exposuite.testfixtures.StandInServer;

/**
 * The identity provider's token endpoint: checks the client's credentials (HTTP Basic) and the grant, and issues a new
 * token of role `service` each time, signed with the development key. The test sets how long tokens are valid and may
 * take the endpoint down.
 */
final class TokenEndpoint implements HttpHandler {

    static final String PATH = "/protocol/openid-connect/token";
    private static final Path SIGNING_KEY = Path.of("../deploy/local/dev-keys/dev-jwt-private.pem");

    /** One request as the endpoint received it. */
    record Request(String grantType, String clientAuthorization) {
    }

    private final String issuer;
    private final String expectedClientAuthorization;
    private final PrivateKey signingKey;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<String> issued = new CopyOnWriteArrayList<>();
    private volatile long expiresInSeconds = 3600;
    private volatile boolean down;

    TokenEndpoint(String issuer, String clientId, String clientSecret) {
        this.issuer = issuer;
        this.expectedClientAuthorization = basic(clientId, clientSecret);
        try {
            this.signingKey = KeyUtils.decodePrivateKey(Files.readString(SIGNING_KEY));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the development key " + SIGNING_KEY, e);
        }
    }

    static String basic(String clientId, String clientSecret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    }

    /** The discovery document: where the token endpoint is. */
    static HttpHandler discovery(String issuer) {
        String document = """
                {"issuer":"%1$s","token_endpoint":"%1$s%2$s","grant_types_supported":["client_credentials"]}
                """.formatted(issuer, PATH);
        return exchange -> answer(exchange, 200, document);
    }

    /** Tokens issued from now on are valid this long ({@code expires_in}). */
    void issuesTokensValidFor(long seconds) {
        expiresInSeconds = seconds;
    }

    /** From now on every token request is answered 503. */
    void goesDown() {
        down = true;
    }

    void comesBack() {
        down = false;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<String> issued() {
        return List.copyOf(issued);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String clientAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        requests.add(new Request(form.get("grant_type"), clientAuthorization));
        if (down) {
            answer(exchange, 503, "{\"error\":\"temporarily_unavailable\"}");
        } else if (!"POST".equals(exchange.getRequestMethod()) || !expectedClientAuthorization.equals(clientAuthorization)) {
            answer(exchange, 401, "{\"error\":\"invalid_client\"}");
        } else if (!"client_credentials".equals(form.get("grant_type"))) {
            answer(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
        } else {
            long expiresIn = expiresInSeconds;
            String token = Jwt.issuer(issuer).subject("exhibitor-service").upn("exhibitor-service").groups("service")
                    .claim("jti", UUID.randomUUID().toString()).expiresIn(expiresIn).jws().sign(signingKey);
            issued.add(token);
            answer(exchange, 200, """
                    {"access_token":"%s","token_type":"Bearer","expires_in":%d}""".formatted(token, expiresIn));
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        StandInServer.respond(exchange, status, "application/json", json);
    }
}
