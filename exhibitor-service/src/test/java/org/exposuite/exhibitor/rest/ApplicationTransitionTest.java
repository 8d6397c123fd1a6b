package org.exposuite.exhibitor.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.exposuite.exhibitor.api.ExhibitorProblem;
import org.exposuite.exhibitor.rest.TestApplications.Applicant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@WithTestResource(value = PavilionStub.class, scope = TestResourceScope.GLOBAL)
class ApplicationTransitionTest {

    enum State { DRAFT, SUBMITTED, APPROVED, REJECTED, WITHDRAWN }

    /** What each request asks for; DRAFT is never a target, so every move to it is refused by construction. */
    enum Action {
        SUBMIT(State.SUBMITTED), APPROVE(State.APPROVED), REJECT(State.REJECTED), WITHDRAW(State.WITHDRAWN);

        final State target;

        Action(State target) {
            this.target = target;
        }
    }

    private static final Set<String> TABLE = Set.of(
            "DRAFT->SUBMITTED", "SUBMITTED->APPROVED", "SUBMITTED->REJECTED", "SUBMITTED->WITHDRAWN", "APPROVED->WITHDRAWN");

    @PavilionStub.Inject
    WireMockServer pavilion;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void warmUp() {
        TestApplications.warmUpPavilionCalls(pavilion, circuitBreakers);
    }

    static Stream<Arguments> transitionsOutsideTheTable() {
        return Stream.of(State.values()).flatMap(from -> Stream.of(Action.values())
                .filter(action -> !TABLE.contains(from + "->" + action.target))
                .map(action -> Arguments.of(from, action)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("transitionsOutsideTheTable")
    void everyTransitionOutsideTheTableIsAConflictNamingTheCurrentState(State from, Action action) {
        String booth = "T-" + UUID.randomUUID().toString().substring(0, 8);
        PavilionStub.boothIsFree(pavilion, booth, "DA");
        Applicant applicant = applicantIn(from, booth);
        int assignmentsBefore = pavilion.findAll(putRequestedFor(urlPathEqualTo(PavilionStub.assignmentPath(booth)))).size();

        perform(action, applicant, booth).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(ExhibitorProblem.INVALID_TRANSITION.type().toString()))
                .body("currentState", equalTo(from.name()))
                .body("requestedState", equalTo(action.target.name()));

        assertThat(TestApplications.stateOf(applicant)).isEqualTo(from.name());
        // A refused approval never reaches pavilion-service.
        assertThat(pavilion.findAll(putRequestedFor(urlPathEqualTo(PavilionStub.assignmentPath(booth))))).hasSize(assignmentsBefore);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("transitionsInTheTable")
    void everyTransitionInTheTableIsAllowed(State from, Action action) {
        String booth = "T-" + UUID.randomUUID().toString().substring(0, 8);
        PavilionStub.boothIsFree(pavilion, booth, "DA");
        Applicant applicant = applicantIn(from, booth);

        perform(action, applicant, booth).then().statusCode(200).body("state", equalTo(action.target.name()));
    }

    static Stream<Arguments> transitionsInTheTable() {
        return TABLE.stream().map(pair -> pair.split("->"))
                .map(pair -> Arguments.of(State.valueOf(pair[0]), Stream.of(Action.values())
                        .filter(a -> a.target.name().equals(pair[1])).findFirst().orElseThrow()));
    }

    private static Applicant applicantIn(State state, String booth) {
        Applicant applicant = TestApplications.apply();
        if (state == State.DRAFT) {
            return applicant;
        }
        TestApplications.submit(applicant);
        switch (state) {
            case APPROVED -> perform(Action.APPROVE, applicant, booth).then().statusCode(200);
            case REJECTED -> perform(Action.REJECT, applicant, booth).then().statusCode(200);
            case WITHDRAWN -> perform(Action.WITHDRAW, applicant, booth).then().statusCode(200);
            default -> { }
        }
        assertThat(TestApplications.stateOf(applicant)).isEqualTo(state.name());
        return applicant;
    }

    private static io.restassured.response.Response perform(Action action, Applicant applicant, String booth) {
        RequestSpecification exhibitor = given().header("Authorization", applicant.bearer());
        RequestSpecification organizer = given().header("Authorization", TestApplications.organizer()).contentType(ContentType.JSON);
        String review = "/api/exhibitors/applications/" + applicant.id();
        return switch (action) {
            case SUBMIT -> exhibitor.post("/api/exhibitors/me/submit");
            case WITHDRAW -> exhibitor.post("/api/exhibitors/me/withdraw");
            case APPROVE -> organizer.body(Map.of("boothCode", booth)).post(review + "/approve");
            case REJECT -> organizer.body(Map.of("reason", "Not this year")).post(review + "/reject");
        };
    }
}
