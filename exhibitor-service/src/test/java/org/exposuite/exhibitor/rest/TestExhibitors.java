package org.exposuite.exhibitor.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.jwk.JWKSet;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.util.Map;
import java.util.UUID;
import org.exposuite.exhibitor.rest.TestApplications.Applicant;

/** Approved exhibitors on booths of a chosen size, and the registration-service stand-in they talk to. */
final class TestExhibitors {

    private static volatile boolean registrationCallsWarm;

    private TestExhibitors() {
    }

    /**
     * Publishes the current badge key and, once per run, goes through the staff and lead calls (a cold JVM loads a
     * lot of code on the first call, which alone can outlast a timeout); then closes every circuit.
     */
    static synchronized void prepare(WireMockServer pavilion, WireMockServer registration,
                                     CircuitBreakerMaintenance circuitBreakers) {
        TestApplications.warmUpPavilionCalls(pavilion, circuitBreakers);
        RegistrationStub.publishesKeys(registration, new JWKSet(TestBadges.CURRENT));
        if (!registrationCallsWarm) {
            Applicant exhibitor = approved(pavilion, registration, 18);
            given().header("Authorization", exhibitor.bearer()).contentType(ContentType.JSON)
                    .body(Map.of("familyName", "Warm", "givenName", "Up", "email", "warm.up@example.org"))
                    .post("/api/exhibitors/me/staff");
            String visitor = UUID.randomUUID().toString();
            RegistrationStub.sharesNoContact(registration, visitor);
            given().header("Authorization", exhibitor.bearer()).contentType(ContentType.JSON)
                    .body(Map.of("badgeToken", TestBadges.badge(visitor)))
                    .post("/api/exhibitors/" + exhibitor.id() + "/leads");
            registrationCallsWarm = true;
        }
        circuitBreakers.resetAll();
    }

    /** An exhibitor approved onto a booth of {@code areaM2} square metres, with registration-service issuing its badges. */
    static Applicant approved(WireMockServer pavilion, WireMockServer registration, int areaM2) {
        String booth = "S-" + UUID.randomUUID().toString().substring(0, 8);
        pavilion.stubFor(put(urlPathEqualTo(PavilionStub.assignmentPath(booth))).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"code":"%s","pavilionCode":"DA","type":"INLINE","x":0,"y":0,"width":3,"depth":3,"areaM2":%d.00,
                         "priceClass":"B","status":"ASSIGNED","exhibitorId":"x","exhibitorName":"x","heldUntil":null}
                        """.formatted(booth, areaM2))));
        Applicant applicant = TestApplications.submitted();
        given().header("Authorization", TestApplications.organizer()).contentType(ContentType.JSON)
                .body(Map.of("boothCode", booth)).post("/api/exhibitors/applications/" + applicant.id() + "/approve")
                .then().statusCode(200);
        RegistrationStub.issuesStaffBadges(registration, applicant.id());
        return applicant;
    }
}
