package org.exposuite.exhibitor.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.exposuite.exhibitor.api.ExhibitorProblem;
import org.exposuite.exhibitor.rest.TestApplications.Applicant;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Configuration: timeout 2 s, read timeout 5 s; test profile: circuit opens at 50 % failures of the last 4 calls, stays
 * open 2 s. The tests tell by what pavilion-service receives and answers, not by a stopwatch, whether an approval waited;
 * the measured times are logged.
 */
@QuarkusTest
@WithTestResource(value = PavilionStub.class, scope = TestResourceScope.GLOBAL)
class PavilionOutageTest {

    private static final Logger LOG = Logger.getLogger(PavilionOutageTest.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration CIRCUIT_DELAY = Duration.ofSeconds(2);
    private static final int REQUEST_VOLUME_THRESHOLD = 4;

    @PavilionStub.Inject
    WireMockServer pavilion;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    /** Each test starts, and leaves the others, with a closed circuit. */
    @BeforeEach
    void closeCircuits() {
        TestApplications.warmUpPavilionCalls(pavilion, circuitBreakers);
    }

    @AfterEach
    void leaveCircuitsClosed() {
        circuitBreakers.resetAll();
    }

    private record Timed(Response response, Duration took) {
    }

    private static Timed approve(Applicant applicant, String booth) {
        long started = System.nanoTime();
        Response response = given().header("Authorization", TestApplications.organizer()).contentType(ContentType.JSON)
                .body(Map.of("boothCode", booth)).post("/api/exhibitors/applications/" + applicant.id() + "/approve");
        return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Takes each assignment of the booth and answers only after the client's read timeout, when nobody listens. */
    private void hangs(String booth) {
        pavilion.stubFor(put(urlPathEqualTo(PavilionStub.assignmentPath(booth)))
                .willReturn(aResponse().withStatus(200).withFixedDelay((int) TIMEOUT.toMillis() * 4)));
    }

    private int assignmentRequests(String booth) {
        return pavilion.findAll(putRequestedFor(urlPathEqualTo(PavilionStub.assignmentPath(booth)))).size();
    }

    private static String newBooth() {
        return "O-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void hangingPavilionServiceFailsTheApprovalWithinTheTimeoutAndChangesNothing() {
        String booth = newBooth();
        // pavilion-service assigns the booth, but only after twice the timeout and before the client's read timeout (5 s):
        // an approval that did not give up at the timeout would get this answer and be approved.
        PavilionStub.boothIsFreeButAnswersAfter(pavilion, booth, "INTL", TIMEOUT.multipliedBy(2));
        Applicant applicant = TestApplications.submitted();

        Timed attempt = approve(applicant, booth);

        LOG.infof("approval against a hanging pavilion-service answered %d after %d ms", attempt.response().statusCode(),
                attempt.took().toMillis());
        attempt.response().then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo(ExhibitorProblem.PAVILION_SERVICE_UNAVAILABLE.type().toString()));
        assertThat(TestApplications.stateOf(applicant)).isEqualTo("SUBMITTED");
        assertThat(assignmentRequests(booth)).as("a timeout is not retried").isEqualTo(1);
    }

    @Test
    void repeatedFailuresOpenTheCircuitThenARetrySucceedsOncePavilionServiceIsBack() throws Exception {
        String booth = newBooth();
        hangs(booth);
        Applicant applicant = TestApplications.submitted();

        // each approval either reached the hanging pavilion-service and timed out, or was refused by the open circuit
        // without calling it at all; the first of those ends the loop
        int timedOut = 0;
        Timed refusedByTheCircuit = null;
        for (int attempt = 0; attempt < REQUEST_VOLUME_THRESHOLD + 2 && refusedByTheCircuit == null; attempt++) {
            int requestsBefore = assignmentRequests(booth);
            Timed result = approve(applicant, booth);
            result.response().then().statusCode(503);
            if (assignmentRequests(booth) == requestsBefore) {
                refusedByTheCircuit = result;
            } else {
                assertThat(assignmentRequests(booth)).as("a timeout is not retried").isEqualTo(requestsBefore + 1);
                timedOut++;
            }
        }

        LOG.infof("circuit opened after %d timeouts; the next approval failed in %d ms without calling pavilion-service",
                timedOut, refusedByTheCircuit == null ? -1 : refusedByTheCircuit.took().toMillis());
        assertThat(refusedByTheCircuit).as("the circuit opened: an approval failed without calling pavilion-service").isNotNull();
        assertThat(timedOut).isEqualTo(REQUEST_VOLUME_THRESHOLD);
        assertThat(assignmentRequests(booth)).isEqualTo(timedOut);
        refusedByTheCircuit.response().then().body("detail", org.hamcrest.Matchers.containsString("recover"));
        assertThat(TestApplications.stateOf(applicant)).isEqualTo("SUBMITTED");

        // pavilion-service is back; after the circuit's delay the same approval succeeds.
        PavilionStub.boothIsFree(pavilion, booth, "INTL");
        Thread.sleep(CIRCUIT_DELAY.plusMillis(300).toMillis());
        approve(applicant, booth).response().then().statusCode(200)
                .body("state", equalTo("APPROVED")).body("boothCode", equalTo(booth)).body("pavilionCode", equalTo("INTL"));
        given().queryParam("q", applicant.companyName()).get("/api/exhibitors")
                .then().body("[0].pavilionCode", equalTo("INTL"));
    }

    @Test
    void aLostConnectionIsRetriedOnceBecauseAssigningIsIdempotent() {
        String booth = newBooth();
        PavilionStub.boothIsFree(pavilion, booth, "DE");
        pavilion.stubFor(put(urlPathEqualTo(PavilionStub.assignmentPath(booth))).inScenario(booth)
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("reset once")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Applicant applicant = TestApplications.submitted();

        approve(applicant, booth).response().then().statusCode(200).body("state", equalTo("APPROVED"));
        assertThat(assignmentRequests(booth)).isEqualTo(2);
    }
}
