package org.exposuite.pavilion.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.nimbusds.jose.jwk.ECKey;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.exposuite.testfixtures.BadgeKeyServer;
import org.exposuite.testfixtures.BadgeKeysOutage;
import org.exposuite.testfixtures.SignedBadges;
import org.junit.jupiter.api.Test;

/**
 * Entrance scans and seat reservations keep verifying badges while registration-service, which publishes the badge
 * keys, hangs or is stopped, also once the cached keys are past their max age; no scan waits on it.
 */
@QuarkusTest
@WithTestResource(value = BadgeKeyServer.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class BadgeKeysOutageTest {

    @BadgeKeyServer.Inject
    HttpServer registration;

    @Test
    void entranceScansKeepVerifyingBadgesWhileRegistrationHangsOrIsStoppedAlsoPastTheKeysMaxAge() throws Exception {
        String pavilion = Fixtures.pavilion(10_000);
        String scanner = Tokens.forRole("scanner");
        long session = Fixtures.session(pavilion, 5);

        BadgeKeysOutage.rideOut(registration, Badges.KEY, "entrance scans", new BadgeKeysOutage.ScanningService() {
            @Override
            public String badge(String registrationId, ECKey key) {
                return SignedBadges.sign(key, Badges.claims(registrationId).build());
            }

            @Override
            public Response scan(String badge) {
                return given().auth().oauth2(scanner).contentType(ContentType.JSON)
                        .body("{\"badgeToken\":\"%s\",\"direction\":\"IN\",\"nonce\":\"%s\"}".formatted(badge, UUID.randomUUID()))
                        .post("/api/pavilions/" + pavilion + "/scans");
            }

            @Override
            public void admitted(Response answer, String registrationId) {
                answer.then().statusCode(200).body("counted", equalTo(true));
            }

            @Override
            public void refusedAsUnknownKey(Response answer) {
                answer.then().statusCode(401)
                        .body("type", equalTo("https://problems.expo-suite.org/badge-invalid"))
                        .body("reason", equalTo("unknown-key"));
            }

            @Override
            public void keepsWorking() {
                given().header("Authorization", Badges.header(Badges.forNewAttendee())).post("/api/sessions/" + session + "/reservations")
                        .then().statusCode(201);
            }
        });
    }
}
