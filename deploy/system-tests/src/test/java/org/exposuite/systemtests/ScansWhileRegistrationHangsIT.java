package org.exposuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.exposuite.systemtests.OrganizerApi.Pavilion;
import org.exposuite.systemtests.Suite.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Gates inside the expo keep working while registration-service hangs or is down: pavilion entrances
 * (pavilion-service) and exhibitors' lead scanners (exhibitor-service) check badges with the keys they hold, also
 * once those keys are older than their max age, and still refuse a forged badge. No scan waits on a fetch of the
 * keys: each answers far within the fetch timeout. When registration-service is back with a new signing key, badges
 * signed with it are admitted once the keys are fetched again.
 */
@SystemTest
class ScansWhileRegistrationHangsIT {

    /** A fetch of the keys from a hung registration-service ends after this long; a scan that waited on one would too. */
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);
    /** Settings of exhibitor- and pavilion-service for this scenario: keys fetched often, stale after a few seconds. */
    private static final Map<String, String> SHORT_LIVED_KEYS = Map.of(
            "EXPO_BADGE_VERIFICATION_REFRESH_INTERVAL", "PT2S",
            "EXPO_BADGE_VERIFICATION_MAX_AGE", "PT6S",
            "EXPO_BADGE_VERIFICATION_FETCH_TIMEOUT", FETCH_TIMEOUT.toString());
    /** What a service logs when it checks badges with keys older than their max age. */
    private static final String STALE_KEYS_WARNING = "older than the max age";
    private static final int SCANS_PER_ROUND = 12;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A visitor's registration, its secret and the badge it was given. */
    private record Visitor(String registrationId, String secret, String badge) {
    }

    private static Pavilion pavilion;
    private static String exhibitorId;
    private static String exhibitorSecret;
    private static List<Visitor> visitors;

    private final Map<String, List<Duration>> latencies = new LinkedHashMap<>();

    @BeforeAll
    static void gatesWithShortLivedKeys() {
        Suite.restart(SHORT_LIVED_KEYS, Service.EXHIBITOR, Service.PAVILION);
        String category = OrganizerApi.category("Trade visitor", "专业观众", 50);
        visitors = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonPath registered = OrganizerApi.registered(category, OrganizerApi.uniqueEmail("scan" + i));
            String secret = registered.getString("secret");
            visitors.add(new Visitor(registered.getString("id"), secret, badgeOf(secret)));
        }
        pavilion = OrganizerApi.pavilionWithADialogue();
        JsonPath exhibitor = OrganizerApi.approvedExhibitor("Qianxing Data " + OrganizerApi.randomCode(6), pavilion);
        exhibitorId = exhibitor.getString("id");
        exhibitorSecret = exhibitor.getString("secret");
    }

    @AfterAll
    static void gatesWithTheSuitesOwnSettings() {
        // registration-service goes back to the development keys, the gates to the default refresh
        Suite.restart(Map.of(), Service.REGISTRATION, Service.EXHIBITOR, Service.PAVILION);
    }

    @Test
    void scansGoOnWithCachedKeysWhileRegistrationHangsOrIsDownAndPickUpARotatedKeyAfterwards() throws Exception {
        scanRound("registration up");
        long pavilionWarnings = staleWarnings(Service.PAVILION);
        long exhibitorWarnings = staleWarnings(Service.EXHIBITOR);

        Suite.hang(Service.REGISTRATION);
        try {
            scanRound("registration hung");
            // the keys the gates hold pass their max age while registration-service still hangs
            awaitStaleWarnings(Service.PAVILION, pavilionWarnings);
            awaitStaleWarnings(Service.EXHIBITOR, exhibitorWarnings);
            scanRound("registration hung, keys past max age");
        } finally {
            // a hung process does not stop on TERM until it runs again; the launcher continues it
            Suite.stop(Service.REGISTRATION);
        }
        scanRound("registration stopped, keys past max age");

        // registration-service comes back signing with a key the gates have never seen
        ECKey rotated = new ECKeyGenerator(Curve.P_256).keyID("rotated-" + OrganizerApi.randomCode(6).toLowerCase(Locale.ROOT))
                .generate();
        Suite.restart(Map.of("EXPO_BADGE_SIGNING_KEYS", signingKeysWith(rotated).toString(),
                "EXPO_BADGE_ACTIVE_KID", rotated.getKeyID()), Service.REGISTRATION);
        String rotatedBadge = badgeOf(visitors.get(0).secret());
        assertThat(SignedJWT.parse(rotatedBadge).getHeader().getKeyID()).isEqualTo(rotated.getKeyID());
        awaitAdmitted("pavilion entrance", () -> scanAtEntrance(rotatedBadge, "IN"));
        awaitAdmitted("lead scanner", () -> scanLead(rotatedBadge));
        // badges signed before the rotation still open the gates
        scanRound("registration back with a rotated key");

        printLatencies();
    }

    /** Every visitor scanned at the pavilion entrance and by the exhibitor, each admitted in time; then a forgery. */
    private void scanRound(String phase) {
        for (int i = 0; i < SCANS_PER_ROUND; i++) {
            Visitor visitor = visitors.get(i % visitors.size());
            // in and out in turn, so the pavilion never reaches its safe limit nor counts an exit from an empty hall
            String direction = i % 2 == 0 ? "IN" : "OUT";
            Timed entrance = timed(phase, "pavilion entrance", () -> scanAtEntrance(visitor.badge(), direction));
            assertThat(entrance.status()).as("pavilion scan (%s) answered %s", phase, entrance.body()).isEqualTo(200);
            assertThat(JsonPath.from(entrance.body()).getBoolean("counted")).isTrue();
            Timed lead = timed(phase, "lead scanner", () -> scanLead(visitor.badge()));
            assertThat(lead.status()).as("lead scan (%s) answered %s", phase, lead.body()).isIn(200, 201);
            assertThat(JsonPath.from(lead.body()).getString("registrationId")).isEqualTo(visitor.registrationId());
        }
        String forged = forged(visitors.get(0).badge());
        Timed refusedAtEntrance = timed(phase, "pavilion entrance", () -> scanAtEntrance(forged, "IN"));
        assertThat(refusedAtEntrance.status()).as("forged badge at the entrance (%s): %s", phase, refusedAtEntrance.body())
                .isEqualTo(401);
        assertThat(JsonPath.from(refusedAtEntrance.body()).getString("type")).endsWith("/badge-invalid");
        Timed refusedAsLead = timed(phase, "lead scanner", () -> scanLead(forged));
        assertThat(refusedAsLead.status()).as("forged badge as a lead (%s): %s", phase, refusedAsLead.body()).isEqualTo(422);
        assertThat(JsonPath.from(refusedAsLead.body()).getString("type")).endsWith("/badge-invalid");
    }

    private record Timed(int status, String body, Duration took) {
    }

    /** Sends the scan and checks it answered far within the fetch timeout: it did not wait on registration-service. */
    private Timed timed(String phase, String gate, Supplier<HttpRequest> scan) {
        long started = System.nanoTime();
        HttpResponse<String> response = send(scan.get());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        latencies.computeIfAbsent(gate + " | " + phase, key -> new ArrayList<>()).add(took);
        assertThat(took).as("%s scan while %s", gate, phase).isLessThan(FETCH_TIMEOUT.dividedBy(2));
        return new Timed(response.statusCode(), response.body(), took);
    }

    private HttpRequest scanAtEntrance(String badge, String direction) {
        return post("/api/pavilions/" + pavilion.code() + "/scans", Suite.token("scanner"), Map.of(
                "badgeToken", badge, "direction", direction, "nonce", UUID.randomUUID().toString()));
    }

    private HttpRequest scanLead(String badge) {
        return post("/api/exhibitors/" + exhibitorId + "/leads", exhibitorSecret,
                Map.of("badgeToken", badge, "rating", 3, "notes", "Met at the stand"));
    }

    /** A badge signed with a new key is admitted once the gate fetched the keys again (the background refresh). */
    private void awaitAdmitted(String gate, Supplier<HttpRequest> scan) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        HttpResponse<String> answer = send(scan.get());
        while (answer.statusCode() / 100 != 2 && System.nanoTime() < deadline) {
            assertThat(answer.statusCode()).as("%s before the new key is known: %s", gate, answer.body()).isIn(401, 422);
            Suite.sleep(Duration.ofMillis(500));
            answer = send(scan.get());
        }
        assertThat(answer.statusCode()).as("%s with a badge signed by the rotated key: %s", gate, answer.body()).isIn(200, 201);
    }

    private static HttpRequest post(String path, String bearer, Map<String, Object> body) {
        try {
            return HttpRequest.newBuilder(URI.create(Suite.gateway() + path)).timeout(FETCH_TIMEOUT.multipliedBy(3))
                    .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String badgeOf(String secret) {
        Response badge = given().auth().oauth2(secret).accept(ContentType.JSON).get("/api/registrations/me/badge");
        assertThat(badge.statusCode()).as("GET /api/registrations/me/badge answered %s", badge.asString()).isEqualTo(200);
        return badge.jsonPath().getString("token");
    }

    /** The same badge with another signature: its key id is known, so refusing it needs no fetch. */
    private static String forged(String badge) {
        int signature = badge.lastIndexOf('.') + 1;
        char first = badge.charAt(signature);
        return badge.substring(0, signature) + (first == 'A' ? 'B' : 'A') + badge.substring(signature + 1);
    }

    /** The development signing keys and the new one, which signs from now on. */
    private static Path signingKeysWith(ECKey rotated) throws Exception {
        JWKSet development = JWKSet.load(Suite.root().resolve("deploy/local/dev-keys/dev-badge-signing-keys.jwks.json").toFile());
        List<JWK> keys = new ArrayList<>(development.getKeys());
        keys.add(rotated);
        Path file = Suite.work().resolve("rotated-badge-signing-keys.jwks.json");
        Files.writeString(file, new JWKSet(keys).toString(false), StandardCharsets.UTF_8);
        return file;
    }

    private static long staleWarnings(Service service) throws IOException {
        Path log = Suite.log(service);
        if (!Files.exists(log)) {
            return 0;
        }
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(STALE_KEYS_WARNING)).count();
        }
    }

    /** Waits until the service reports that it checks badges with keys past their max age. */
    private static void awaitStaleWarnings(Service service, long before) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (staleWarnings(service) == before && System.nanoTime() < deadline) {
            Suite.sleep(Duration.ofMillis(500));
        }
        assertThat(staleWarnings(service)).as("warnings about stale badge keys in %s", Suite.log(service)).isGreaterThan(before);
    }

    private void printLatencies() {
        latencies.forEach((key, took) -> {
            List<Long> micros = new ArrayList<>(took.stream().map(d -> d.toNanos() / 1000).toList());
            Collections.sort(micros);
            System.out.printf(Locale.ROOT, "[scan latency] %-60s count %3d  median %7.1f ms  p95 %7.1f ms  max %7.1f ms%n", key,
                    micros.size(), percentile(micros, 50) / 1000.0, percentile(micros, 95) / 1000.0,
                    micros.get(micros.size() - 1) / 1000.0);
        });
    }

    private static long percentile(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
