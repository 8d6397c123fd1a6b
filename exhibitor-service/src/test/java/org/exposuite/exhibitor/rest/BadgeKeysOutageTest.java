package org.exposuite.exhibitor.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.jwk.ECKey;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.exposuite.exhibitor.rest.TestApplications.Applicant;
import org.exposuite.testfixtures.BadgeKeyServer;
import org.exposuite.testfixtures.BadgeKeysOutage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Lead scans keep verifying badges while the badge keys' source hangs or is stopped, also once the cached keys are past
 * their max age; no scan waits on it. The rest of registration-service (shared contacts) keeps answering here: its
 * own outage is the contact lookup's business, with its own timeout and circuit breaker.
 */
@QuarkusTest
@WithTestResource(value = PavilionStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = RegistrationStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BadgeKeyServer.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class BadgeKeysOutageTest {

    @BadgeKeyServer.Inject
    HttpServer badgeKeys;

    @PavilionStub.Inject
    WireMockServer pavilion;

    @RegistrationStub.Inject
    WireMockServer registration;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void leaveCircuitsClosed() {
        circuitBreakers.resetAll();
    }

    @Test
    void leadScansKeepVerifyingBadgesWhileTheKeysHangOrAreGoneAlsoPastTheirMaxAge() throws Exception {
        TestExhibitors.prepare(pavilion, registration, circuitBreakers);
        Applicant exhibitor = TestExhibitors.approved(pavilion, registration, 18);

        BadgeKeysOutage.rideOut(badgeKeys, TestBadges.CURRENT, "lead scans", new BadgeKeysOutage.ScanningService() {
            @Override
            public String badge(String visitor, ECKey key) {
                RegistrationStub.sharesNoContact(registration, visitor);
                return TestBadges.sign(key, visitor, "VISITOR", Instant.now().plus(Duration.ofDays(3)));
            }

            @Override
            public Response scan(String badge) {
                return given().header("Authorization", exhibitor.bearer()).contentType(ContentType.JSON)
                        .body(Map.of("badgeToken", badge)).post("/api/exhibitors/" + exhibitor.id() + "/leads");
            }

            @Override
            public void admitted(Response answer, String visitor) {
                answer.then().statusCode(201).body("registrationId", equalTo(visitor));
            }

            @Override
            public void refusedAsUnknownKey(Response answer) {
                answer.then().statusCode(422)
                        .body("type", equalTo("https://problems.expo-suite.org/badge-invalid"))
                        .body("reason", equalTo("unknown-key"));
            }
        });
    }
}
