package org.exposuite.exhibitor.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.exposuite.exhibitor.api.ExhibitorEvent;
import org.exposuite.exhibitor.api.ExhibitorProblem;
import org.exposuite.exhibitor.api.ExhibitorSubmitted;
import org.exposuite.exhibitor.domain.Exhibitor.State;
import org.exposuite.exhibitor.domain.ReviewAction;
import org.exposuite.exhibitor.rest.TestApplications.Applicant;
import org.exposuite.exhibitor.service.ApplicationLifecycle;
import org.exposuite.testfixtures.RecordedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every change of an application writes exactly one webhook event in its own transaction; a refused one writes none. */
@QuarkusTest
@WithTestResource(value = PavilionStub.class, scope = TestResourceScope.GLOBAL)
class ExhibitorEventsTest {

    // The applicant's contact person, as TestApplications sends it: none of it may reach an event.
    private static final List<String> CONTACT = List.of("Li Wei", "li.wei@example.org", "+86 851 8888 0000", "contact");

    @PavilionStub.Inject
    WireMockServer pavilion;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    RecordedEvents recorded;

    @Inject
    ApplicationLifecycle lifecycle;

    @BeforeEach
    void warmUp() {
        TestApplications.warmUpPavilionCalls(pavilion, circuitBreakers);
    }

    private List<RecordedEvents.Event> eventsOf(Applicant applicant) {
        return recorded.about(ExhibitorEvent.subject(UUID.fromString(applicant.id())));
    }

    private static String newBooth() {
        return "E-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Response approve(Applicant applicant, String booth) {
        return given().header("Authorization", TestApplications.organizer()).contentType(ContentType.JSON)
                .body(Map.of("boothCode", booth)).post("/api/exhibitors/applications/" + applicant.id() + "/approve");
    }

    private static Response reject(Applicant applicant, String reason) {
        return given().header("Authorization", TestApplications.organizer()).contentType(ContentType.JSON)
                .body(Map.of("reason", reason)).post("/api/exhibitors/applications/" + applicant.id() + "/reject");
    }

    private static Response withdraw(Applicant applicant) {
        return given().header("Authorization", applicant.bearer()).post("/api/exhibitors/me/withdraw");
    }

    private static List<String> fieldsOf(JsonNode body) {
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    private static void assertNoContactPerson(RecordedEvents.Event event) {
        for (String personal : CONTACT) {
            assertThat(event.json()).doesNotContain(personal);
        }
    }

    @Test
    void aDraftWritesNoEventAndSubmittingItWritesOneSubmittedEvent() {
        Applicant applicant = TestApplications.apply();
        assertThat(eventsOf(applicant)).isEmpty();

        TestApplications.submit(applicant);

        List<RecordedEvents.Event> events = eventsOf(applicant);
        assertThat(events).extracting(RecordedEvents.Event::type).containsExactly("exhibitor.submitted");
        RecordedEvents.Event submitted = events.get(0);
        assertThat(submitted.subject()).isEqualTo("exhibitor/" + applicant.id());
        assertThat(fieldsOf(submitted.body())) // jsonb keeps no key order
                .containsExactlyInAnyOrder("exhibitorId", "companyNameEn", "companyNameZh", "state", "submittedAt");
        assertThat(submitted.body().get("exhibitorId").asText()).isEqualTo(applicant.id());
        assertThat(submitted.body().get("companyNameEn").asText()).isEqualTo(applicant.companyName());
        assertThat(submitted.body().get("companyNameZh").asText()).isEqualTo("测试科技有限公司");
        assertThat(submitted.body().get("state").asText()).isEqualTo("SUBMITTED");
        String submittedAt = given().header("Authorization", applicant.bearer()).get("/api/exhibitors/me")
                .then().extract().path("submittedAt");
        assertThat(submitted.body().get("submittedAt").asText()).isEqualTo(submittedAt);
        assertNoContactPerson(submitted);
    }

    @Test
    void approvalWritesOneApprovedEventWithTheBoothAndPavilion() {
        String booth = newBooth();
        PavilionStub.boothIsFree(pavilion, booth, "FT");
        Applicant applicant = TestApplications.submitted();

        String decidedAt = approve(applicant, booth).then().statusCode(200).extract().path("decidedAt");

        List<RecordedEvents.Event> events = eventsOf(applicant);
        assertThat(events).extracting(RecordedEvents.Event::type)
                .containsExactly(ExhibitorEvent.SUBMITTED.type(), ExhibitorEvent.APPROVED.type());
        JsonNode approved = events.get(1).body();
        assertThat(fieldsOf(approved)).containsExactlyInAnyOrder("exhibitorId", "companyNameEn", "companyNameZh", "state",
                "boothCode", "pavilionCode", "decidedAt");
        assertThat(approved.get("exhibitorId").asText()).isEqualTo(applicant.id());
        assertThat(approved.get("companyNameEn").asText()).isEqualTo(applicant.companyName());
        assertThat(approved.get("state").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("boothCode").asText()).isEqualTo(booth);
        assertThat(approved.get("pavilionCode").asText()).isEqualTo("FT");
        assertThat(approved.get("decidedAt").asText()).isEqualTo(decidedAt);
        assertNoContactPerson(events.get(1));
    }

    @Test
    void rejectionWritesOneRejectedEventWithTheReason() {
        Applicant applicant = TestApplications.submitted();

        String decidedAt = reject(applicant, "  Booth area exhausted in the requested pavilion ").then().statusCode(200)
                .extract().path("decidedAt");

        List<RecordedEvents.Event> events = eventsOf(applicant);
        assertThat(events).extracting(RecordedEvents.Event::type)
                .containsExactly(ExhibitorEvent.SUBMITTED.type(), ExhibitorEvent.REJECTED.type());
        JsonNode rejected = events.get(1).body();
        assertThat(fieldsOf(rejected)).containsExactlyInAnyOrder("exhibitorId", "companyNameEn", "companyNameZh", "state",
                "reason", "decidedAt");
        assertThat(rejected.get("state").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("reason").asText()).isEqualTo("Booth area exhausted in the requested pavilion");
        assertThat(rejected.get("decidedAt").asText()).isEqualTo(decidedAt);
        assertNoContactPerson(events.get(1));
    }

    @Test
    void withdrawalOfAnApprovedExhibitorNamesTheBoothItGaveUp() {
        String booth = newBooth();
        PavilionStub.boothIsFree(pavilion, booth, "DH");
        Applicant applicant = TestApplications.submitted();
        approve(applicant, booth).then().statusCode(200);

        withdraw(applicant).then().statusCode(200);

        List<RecordedEvents.Event> events = eventsOf(applicant);
        assertThat(events).extracting(RecordedEvents.Event::type).containsExactly(ExhibitorEvent.SUBMITTED.type(),
                ExhibitorEvent.APPROVED.type(), ExhibitorEvent.WITHDRAWN.type());
        JsonNode withdrawn = events.get(2).body();
        assertThat(fieldsOf(withdrawn)).containsExactlyInAnyOrder("exhibitorId", "companyNameEn", "companyNameZh", "state",
                "boothCode", "pavilionCode", "withdrawnAt");
        assertThat(withdrawn.get("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("boothCode").asText()).isEqualTo(booth);
        assertThat(withdrawn.get("pavilionCode").asText()).isEqualTo("DH");
        assertThat(withdrawn.get("withdrawnAt").isTextual()).isTrue();
        assertNoContactPerson(events.get(2));
    }

    @Test
    void withdrawalBeforeADecisionHasNoBooth() {
        Applicant applicant = TestApplications.submitted();

        withdraw(applicant).then().statusCode(200);

        List<RecordedEvents.Event> events = eventsOf(applicant);
        assertThat(events).extracting(RecordedEvents.Event::type)
                .containsExactly(ExhibitorEvent.SUBMITTED.type(), ExhibitorEvent.WITHDRAWN.type());
        assertThat(events.get(1).body().get("boothCode").isNull()).isTrue();
        assertThat(events.get(1).body().get("pavilionCode").isNull()).isTrue();
    }

    @Test
    void aRefusedTransitionWritesNoEvent() {
        Applicant draft = TestApplications.apply();
        reject(draft, "Not this year").then().statusCode(409);
        withdraw(draft).then().statusCode(409);
        assertThat(eventsOf(draft)).isEmpty();

        Applicant rejected = TestApplications.submitted();
        reject(rejected, "Not this year").then().statusCode(200);
        String booth = newBooth();
        PavilionStub.boothIsFree(pavilion, booth, "DA");
        approve(rejected, booth).then().statusCode(409);
        reject(rejected, "Again").then().statusCode(409);
        assertThat(eventsOf(rejected)).extracting(RecordedEvents.Event::type)
                .containsExactly(ExhibitorEvent.SUBMITTED.type(), ExhibitorEvent.REJECTED.type());
    }

    @Test
    void aBoothTakenInPavilionServiceWritesNoApprovedEvent() {
        String booth = newBooth();
        PavilionStub.problem(pavilion, put(urlPathEqualTo(PavilionStub.assignmentPath(booth))), 409, "booth-taken");
        Applicant applicant = TestApplications.submitted();

        approve(applicant, booth).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.equalTo(ExhibitorProblem.BOOTH_TAKEN.type().toString()));

        assertThat(eventsOf(applicant)).extracting(RecordedEvents.Event::type).containsExactly(ExhibitorEvent.SUBMITTED.type());
    }

    @Test
    void aMoveWhoseTransactionRollsBackLeavesNoEvent() {
        Applicant applicant = TestApplications.apply();
        UUID id = UUID.fromString(applicant.id());
        ApplicationLifecycle.Snapshot draft = lifecycle.snapshot(id);
        ApplicationLifecycle.Move submit = new ApplicationLifecycle.Move(State.SUBMITTED, ReviewAction.Action.SUBMIT,
                "exhibitor", null, null, Map.of(), new ExhibitorSubmitted(id, applicant.companyName(), null, State.SUBMITTED, null));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            lifecycle.move(id, draft.state(), submit);
            throw new IllegalStateException("something later in the same transaction failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(eventsOf(applicant)).isEmpty();
        assertThat(TestApplications.stateOf(applicant)).isEqualTo("DRAFT");
        // The same move committed writes its event: the rollback, not the move, left the outbox empty.
        QuarkusTransaction.requiringNew().run(() -> lifecycle.move(id, draft.state(), submit));
        assertThat(eventsOf(applicant)).extracting(RecordedEvents.Event::type).containsExactly(ExhibitorEvent.SUBMITTED.type());
    }

    @Test
    void concurrentApprovalsWriteOneApprovedEvent() throws Exception {
        String first = newBooth();
        String second = newBooth();
        // Both assignments answer slowly, so both approvals pass the state check before either commits.
        for (String booth : List.of(first, second)) {
            PavilionStub.boothIsFree(pavilion, booth, "DA");
            pavilion.stubFor(put(urlPathEqualTo(PavilionStub.assignmentPath(booth))).willReturn(aResponse().withStatus(200)
                    .withFixedDelay(300).withHeader("Content-Type", "application/json")
                    .withBody("{\"code\":\"" + booth + "\",\"pavilionCode\":\"DA\",\"areaM2\":9,\"status\":\"ASSIGNED\"}")));
        }
        Applicant applicant = TestApplications.submitted();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(() -> approve(applicant, first).statusCode());
            Future<Integer> b = pool.submit(() -> approve(applicant, second).statusCode());
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }

        String kept = given().header("Authorization", applicant.bearer()).get("/api/exhibitors/me").then().extract().path("boothCode");
        List<RecordedEvents.Event> approved = eventsOf(applicant).stream()
                .filter(e -> e.type().equals(ExhibitorEvent.APPROVED.type())).toList();
        assertThat(approved).hasSize(1);
        assertThat(approved.get(0).body().get("boothCode").asText()).isEqualTo(kept);
    }
}
