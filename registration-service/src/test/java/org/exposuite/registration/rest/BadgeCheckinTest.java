package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exposuite.registration.api.RegistrationProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BadgeCheckinTest {

    // 10:00 in Guiyang on the first and second expo days.
    private static final Instant FIRST_DAY = Instant.parse("2018-05-26T02:00:00Z");
    private static final Instant SECOND_DAY = Instant.parse("2018-05-27T02:00:00Z");

    @Inject
    AdjustableClock clock;

    @TestHTTPResource("/api/checkins")
    URI checkins;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A confirmed visitor for the first two days; answers its secret. */
    static String registerVisitor() {
        String category = Expo.createCategory(Expo.newCode("B"), 100, null);
        return Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\",\"2018-05-27\"]"))
                .then().statusCode(201).extract().path("secret");
    }

    static JsonPath badgeOf(String secret) {
        return given().auth().oauth2(secret).get("/api/registrations/me/badge").then().statusCode(200).extract().jsonPath();
    }

    static Response scan(String token, String gate, String direction, String nonce) {
        return given().auth().oauth2(Tokens.forRole("scanner")).contentType(ContentType.JSON)
                .body(Map.of("badgeToken", token, "gate", gate, "direction", direction, "nonce", nonce))
                .post("/api/checkins");
    }

    static String reasonOf(String token) {
        Response response = scan(token, "North-1", "IN", UUID.randomUUID().toString());
        response.then().statusCode(200);
        return response.jsonPath().getString("decision") + " " + response.jsonPath().getString("reason");
    }

    @Test
    void badgeVerifiesWithThePublishedKeyAlone() throws Exception {
        JsonPath badge = badgeOf(registerVisitor());
        String token = badge.getString("token");

        Response keys = given().get("/api/registrations/keys");
        keys.then().statusCode(200).header("Cache-Control", "public, max-age=300").contentType("application/jwk-set+json");
        JWKSet published = JWKSet.parse(keys.asString());
        assertThat(published.getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        ECKey key = published.getKeyByKeyId(jwt.getHeader().getKeyID()).toECKey();
        assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("expo-suite-registration");
        assertThat(claims.getSubject()).isEqualTo(badge.getString("registrationId"));
        assertThat(claims.getStringClaim("cat")).isEqualTo(badge.getString("category"));
        assertThat(claims.getStringListClaim("days")).containsExactly("2018-05-26", "2018-05-27");
        // Valid a week after the last expo day, in the expo's time zone.
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(Instant.parse("2018-06-05T16:00:00Z"));
        assertThat(claims.getIssueTime()).isNotNull();
        System.out.printf("badge token length: %d characters (2 days); %s%n", token.length(), token);
        assertThat(token.length()).isLessThan(400);
    }

    @Test
    void gateAdmitsOnceAndDeniesForgedAlteredExpiredAndWrongDayBadges() throws Exception {
        clock.standAt(FIRST_DAY);
        String token = badgeOf(registerVisitor()).getString("token");
        SignedJWT genuine = SignedJWT.parse(token);

        ECKey intruder = new ECKeyGenerator(Curve.P_256).keyID("intruder").generate();
        ECKey sameKidOtherKey = new ECKeyGenerator(Curve.P_256).keyID(genuine.getHeader().getKeyID()).generate();
        assertThat(reasonOf(sign(genuine.getJWTClaimsSet(), intruder))).isEqualTo("DENY BAD_SIGNATURE");
        assertThat(reasonOf(sign(genuine.getJWTClaimsSet(), sameKidOtherKey))).isEqualTo("DENY BAD_SIGNATURE");
        assertThat(reasonOf(alterOneCharacter(token))).isEqualTo("DENY BAD_SIGNATURE");
        assertThat(reasonOf("not a badge at all")).isEqualTo("DENY UNKNOWN_BADGE");

        ECKey realKey = devSigningKey(genuine.getHeader().getKeyID());
        JWTClaimsSet expired = new JWTClaimsSet.Builder(genuine.getJWTClaimsSet())
                .expirationTime(Date.from(FIRST_DAY.minus(Duration.ofHours(1)))).build();
        assertThat(reasonOf(sign(expired, realKey))).isEqualTo("DENY EXPIRED");

        Response admitted = scan(token, "North-1", "IN", UUID.randomUUID().toString());
        admitted.then().statusCode(200)
                .body("decision", equalTo("ADMIT"))
                .body("reason", nullValue())
                .body("day", equalTo("2018-05-26"))
                .body("registration.familyName", equalTo("张"))
                .body("registration.givenName", equalTo("伟"));
        assertThat(reasonOf(token)).isEqualTo("DENY ALREADY_INSIDE");
        scan(token, "North-1", "OUT", UUID.randomUUID().toString()).then().body("decision", equalTo("ADMIT"));
        scan(token, "North-1", "OUT", UUID.randomUUID().toString()).then().body("reason", equalTo("NOT_INSIDE"));

        clock.standAt(Instant.parse("2018-05-28T02:00:00Z"));
        assertThat(reasonOf(token)).isEqualTo("DENY NOT_VALID_TODAY");
        clock.standAt(Instant.parse("2018-06-10T02:00:00Z"));
        assertThat(reasonOf(token)).isEqualTo("DENY EXPIRED");
    }

    @Test
    void cancelledBadgeIsDeniedAndListedAsRevoked() {
        clock.standAt(FIRST_DAY);
        String secret = registerVisitor();
        JsonPath badge = badgeOf(secret);
        String id = badge.getString("registrationId");
        long cursor = given().auth().oauth2(Tokens.forRole("scanner")).get("/api/registrations/revocations?since=0&limit=1000")
                .then().statusCode(200).extract().jsonPath().getLong("nextCursor");

        given().auth().oauth2(secret).post("/api/registrations/me/cancellation").then().statusCode(200);

        assertThat(reasonOf(badge.getString("token"))).isEqualTo("DENY REVOKED");
        given().auth().oauth2(secret).get("/api/registrations/me/badge").then().statusCode(409)
                .body("type", equalTo(RegistrationProblem.BADGE_NOT_ISSUED.type().toString()));
        JsonPath revocations = given().auth().oauth2(Tokens.forRole("service")).get("/api/registrations/revocations?since=" + cursor)
                .then().statusCode(200).extract().jsonPath();
        assertThat(revocations.getList("revocations.registrationId")).contains(id);
        assertThat(revocations.getLong("nextCursor")).isGreaterThan(cursor);
        given().auth().oauth2(Tokens.forRole("scanner"))
                .get("/api/registrations/revocations?since=" + revocations.getLong("nextCursor"))
                .then().statusCode(200).body("revocations.registrationId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
        given().get("/api/registrations/revocations").then().statusCode(401);
        given().auth().oauth2(Tokens.forRole("organizer")).get("/api/registrations/revocations").then().statusCode(403);
    }

    @Test
    void pendingRegistrationGetsNoBadgeUntilApproved() {
        String category = Expo.createCategory(Expo.newCode("M"), 10, "\"approvalRequired\":true");
        JsonPath created = Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]"))
                .then().statusCode(201).extract().jsonPath();
        given().auth().oauth2(created.getString("secret")).get("/api/registrations/me/badge").then().statusCode(409)
                .body("type", equalTo(RegistrationProblem.BADGE_NOT_ISSUED.type().toString()))
                .body("detail", org.hamcrest.Matchers.containsString("pending approval"));
        given().auth().oauth2(Tokens.forRole("organizer")).post("/api/registrations/" + created.getString("id") + "/approval")
                .then().statusCode(200);
        badgeOf(created.getString("secret"));
    }

    @Test
    void sameNonceUploadedTwiceCountsOnce() {
        clock.standAt(SECOND_DAY);
        String token = badgeOf(registerVisitor()).getString("token");
        String gate = "East-" + UUID.randomUUID().toString().substring(0, 8);
        String nonce = UUID.randomUUID().toString();

        scan(token, gate, "IN", nonce).then().statusCode(200).body("decision", equalTo("ADMIT")).body("replayed", equalTo(false));
        scan(token, gate, "IN", nonce).then().statusCode(200).body("decision", equalTo("ADMIT")).body("replayed", equalTo(true))
                .body("registration.givenName", equalTo("伟"));
        // Uploaded in the evening, the offline scanner's record repeats that scan and adds the exit made later.
        clock.standAt(SECOND_DAY.plus(Duration.ofHours(8)));
        String exitAt = SECOND_DAY.plus(Duration.ofHours(3)).toString();
        String entryAt = SECOND_DAY.toString();
        given().auth().oauth2(Tokens.forRole("scanner")).contentType(ContentType.JSON)
                .body("""
                        {"scans":[{"badgeToken":"%s","gate":"%s","direction":"OUT","nonce":"%s","scannedAt":"%s"},
                                  {"badgeToken":"%s","gate":"%s","direction":"IN","nonce":"%s","scannedAt":"%s"}]}"""
                        .formatted(token, gate, "exit-" + nonce, exitAt, token, gate, nonce, entryAt))
                .post("/api/checkins/batch")
                .then().statusCode(200)
                .body("nonce", org.hamcrest.Matchers.contains(nonce, "exit-" + nonce))
                .body("decision", org.hamcrest.Matchers.contains("ADMIT", "ADMIT"))
                .body("replayed", org.hamcrest.Matchers.contains(true, false));

        JsonPath statistics = given().auth().oauth2(Tokens.forRole("organizer")).get("/api/checkins/statistics?day=2018-05-27")
                .then().statusCode(200).extract().jsonPath();
        String ofGate = "gates.find { it.gate == '%s' }.".formatted(gate);
        assertThat(statistics.getInt(ofGate + "entries")).isEqualTo(1);
        assertThat(statistics.getInt(ofGate + "exits")).isEqualTo(1);
        assertThat(statistics.getInt(ofGate + "uniqueVisitors")).isEqualTo(1);
        assertThat(statistics.getString("day")).isEqualTo("2018-05-27");
        given().auth().oauth2(Tokens.forRole("scanner")).get("/api/checkins/statistics").then().statusCode(403);
    }

    @Test
    void scanTimeInTheFutureIsRefused() {
        clock.standAt(FIRST_DAY);
        String token = badgeOf(registerVisitor()).getString("token");
        given().auth().oauth2(Tokens.forRole("scanner")).contentType(ContentType.JSON)
                .body(Map.of("badgeToken", token, "gate", "North-1", "direction", "IN", "nonce", UUID.randomUUID().toString(),
                        "scannedAt", FIRST_DAY.plus(Duration.ofMinutes(10)).toString()))
                .post("/api/checkins")
                .then().statusCode(422).body("type", equalTo(RegistrationProblem.SCAN_TIME_IN_FUTURE.type().toString()));
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body(Map.of("badgeToken", token, "gate", "North-1", "direction", "IN", "nonce", UUID.randomUUID().toString()))
                .post("/api/checkins").then().statusCode(403);
    }

    @Test
    void twentyGatesScanningOneBadgeAtOnceAdmitItOnce() throws Exception {
        clock.standAt(FIRST_DAY);
        String token = badgeOf(registerVisitor()).getString("token");
        String scanner = Tokens.forRole("scanner");

        List<HttpResponse<String>> responses = ParallelRequests.send(20, i -> HttpRequest.newBuilder(checkins)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + scanner)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"badgeToken":"%s","gate":"Gate-%d","direction":"IN","nonce":"%s"}""".formatted(token, i, UUID.randomUUID())))
                .build());

        Map<String, Long> outcomes = responses.stream().collect(Collectors.groupingBy(
                r -> r.statusCode() + " " + JsonPath.from(r.body()).getString("decision") + " " + JsonPath.from(r.body()).getString("reason"),
                Collectors.counting()));
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("200 ADMIT null", 1L, "200 DENY ALREADY_INSIDE", 19L));
    }

    static String sign(JWTClaimsSet claims, ECKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    /** One character of the claims part changed: still shaped like a badge, no longer the one that was signed. */
    static String alterOneCharacter(String token) {
        int at = token.indexOf('.') + 20;
        char replacement = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + replacement + token.substring(at + 1);
    }

    static ECKey devSigningKey(String kid) throws Exception {
        JWKSet keys = JWKSet.parse(Files.readString(Path.of("../deploy/local/dev-keys/dev-badge-signing-keys.jwks.json")));
        return keys.getKeyByKeyId(kid).toECKey();
    }
}
