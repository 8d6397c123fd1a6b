package org.exposuite.exhibitor.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.exposuite.exhibitor.api.ExhibitorProblem;
import org.exposuite.exhibitor.rest.TestApplications.Applicant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An 18 m² booth allows 3 + 2 = 5 staff badges. Timeout of the badge calls: 2 s. */
@QuarkusTest
@WithTestResource(value = PavilionStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = RegistrationStub.class, scope = TestResourceScope.GLOBAL)
class StaffResourceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @PavilionStub.Inject
    WireMockServer pavilion;

    @RegistrationStub.Inject
    WireMockServer registration;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void prepare() {
        TestExhibitors.prepare(pavilion, registration, circuitBreakers);
    }

    @AfterEach
    void leaveCircuitsClosed() {
        circuitBreakers.resetAll();
    }

    private static Response register(Applicant exhibitor, String familyName, String givenName, String email) {
        return given().header("Authorization", exhibitor.bearer()).contentType(ContentType.JSON)
                .body(Map.of("familyName", familyName, "givenName", givenName, "email", email))
                .post("/api/exhibitors/me/staff");
    }

    private static Response roster(Applicant exhibitor) {
        return given().header("Authorization", exhibitor.bearer()).get("/api/exhibitors/me/staff");
    }

    private static int members(Applicant exhibitor) {
        return roster(exhibitor).then().statusCode(200).extract().jsonPath().getList("members").size();
    }

    private int badgeRequests(Applicant exhibitor) {
        return registration.findAll(putRequestedFor(urlPathEqualTo(RegistrationStub.staffPath(exhibitor.id())))).size();
    }

    private Applicant approved(int areaM2) {
        return TestExhibitors.approved(pavilion, registration, areaM2);
    }

    @Test
    void registeringStaffIssuesABadgeWithTheAllowanceAndAServiceToken() {
        Applicant exhibitor = approved(18);

        register(exhibitor, "王", "芳", "wang.fang@example.org").then().statusCode(201)
                .header("Location", Matchers.containsString("/api/exhibitors/me/staff/"))
                .body("id", notNullValue())
                .body("registrationId", notNullValue())
                .body("familyName", Matchers.equalTo("王"))
                .body("givenName", Matchers.equalTo("芳"))
                .body("email", Matchers.equalTo("wang.fang@example.org"))
                .body("badgeToken", Matchers.startsWith("staff.badge."));

        registration.verify(1, putRequestedFor(urlPathEqualTo(RegistrationStub.staffPath(exhibitor.id())))
                .withHeader("Authorization", matching("Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"))
                .withRequestBody(equalToJson("""
                        {"exhibitorName":"%s","allowance":5,"familyName":"王","givenName":"芳","email":"wang.fang@example.org"}
                        """.formatted(exhibitor.companyName()))));
        roster(exhibitor).then().statusCode(200)
                .body("allowance", Matchers.equalTo(5))
                .body("members", hasSize(1))
                .body("members[0].registrationId", notNullValue())
                .body("members[0]", Matchers.not(Matchers.hasKey("badgeToken")));
    }

    @Test
    void theAllowanceGrowsByOneForEveryNineSquareMetres() {
        roster(approved(9)).then().body("allowance", Matchers.equalTo(4));
        roster(approved(17)).then().body("allowance", Matchers.equalTo(4));
        roster(approved(36)).then().body("allowance", Matchers.equalTo(7));
    }

    @Test
    void theSameEmailAgainAnswers200WithTheSameMember() {
        Applicant exhibitor = approved(18);
        String id = register(exhibitor, "Li", "Na", "li.na@example.org").then().statusCode(201).extract().path("id");

        register(exhibitor, "Li", "Na", "Li.Na@Example.org").then().statusCode(200)
                .body("id", Matchers.equalTo(id)).body("badgeToken", notNullValue());

        assertThat(members(exhibitor)).isEqualTo(1);
    }

    @Test
    void beyondTheAllowanceIsRefusedHereWithoutAskingRegistration() {
        Applicant exhibitor = approved(18);
        for (int i = 1; i <= 5; i++) {
            register(exhibitor, "Staff", "Number " + i, "staff" + i + "@example.org").then().statusCode(201);
        }

        register(exhibitor, "Staff", "Number 6", "staff6@example.org").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", Matchers.equalTo(ExhibitorProblem.STAFF_ALLOWANCE_EXHAUSTED.type().toString()))
                .body("allowance", Matchers.equalTo(5));

        assertThat(badgeRequests(exhibitor)).isEqualTo(5);
        assertThat(members(exhibitor)).isEqualTo(5);
    }

    @Test
    void registrationRefusingTheAllowanceAnswers409AndKeepsNoMember() {
        Applicant exhibitor = approved(18);
        RegistrationStub.problem(registration, put(urlPathEqualTo(RegistrationStub.staffPath(exhibitor.id()))), 409,
                "staff-allowance-exhausted");

        register(exhibitor, "Zhao", "Lei", "zhao.lei@example.org").then().statusCode(409)
                .body("type", Matchers.equalTo(ExhibitorProblem.STAFF_ALLOWANCE_EXHAUSTED.type().toString()));

        assertThat(members(exhibitor)).isZero();
    }

    @Test
    void registrationDownAnswers503AndKeepsNoMember() {
        Applicant exhibitor = approved(18);
        registration.stubFor(put(urlPathEqualTo(RegistrationStub.staffPath(exhibitor.id())))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        register(exhibitor, "Sun", "Li", "sun.li@example.org").then().statusCode(503)
                .header("Retry-After", notNullValue())
                .body("type", Matchers.equalTo(ExhibitorProblem.REGISTRATION_SERVICE_UNAVAILABLE.type().toString()));

        assertThat(badgeRequests(exhibitor)).as("a lost connection is retried once: the call is idempotent").isEqualTo(2);
        assertThat(members(exhibitor)).isZero();
    }

    @Test
    void hangingRegistrationAnswers503WithinTheTimeoutAndKeepsNoMember() {
        Applicant exhibitor = approved(18);
        // registration-service issues the badge, but only after twice the timeout and before the client's read timeout
        // (5 s): a registration that did not give up at the timeout would get this badge and keep the member.
        RegistrationStub.issuesStaffBadgesButAnswersAfter(registration, exhibitor.id(), TIMEOUT.multipliedBy(2));

        long started = System.nanoTime();
        register(exhibitor, "Zhou", "Min", "zhou.min@example.org").then().statusCode(503)
                .body("type", Matchers.equalTo(ExhibitorProblem.REGISTRATION_SERVICE_UNAVAILABLE.type().toString()));
        System.out.printf("staff registration against a hanging registration-service answered after %d ms%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());

        assertThat(badgeRequests(exhibitor)).as("a timeout is not retried").isEqualTo(1);
        assertThat(members(exhibitor)).isZero();
        // The place is free again: the same person can be registered once registration-service answers.
        RegistrationStub.issuesStaffBadges(registration, exhibitor.id());
        register(exhibitor, "Zhou", "Min", "zhou.min@example.org").then().statusCode(201);
    }

    @Test
    void removingAStaffMemberRevokesTheBadge() {
        Applicant exhibitor = approved(18);
        Response registered = register(exhibitor, "Chen", "Jie", "chen.jie@example.org");
        String id = registered.then().statusCode(201).extract().path("id");
        String registrationId = registered.path("registrationId");

        given().header("Authorization", exhibitor.bearer()).delete("/api/exhibitors/me/staff/" + id).then().statusCode(204);

        registration.verify(1, deleteRequestedFor(urlPathEqualTo(RegistrationStub.memberPath(exhibitor.id(), registrationId)))
                .withHeader("Authorization", matching("Bearer .+")));
        assertThat(members(exhibitor)).isZero();
    }

    @Test
    void removingWhileRegistrationIsDownAnswers503AndTheMemberStays() {
        Applicant exhibitor = approved(18);
        String id = register(exhibitor, "Huang", "Bo", "huang.bo@example.org").then().statusCode(201).extract().path("id");
        registration.stubFor(delete(urlPathMatching(RegistrationStub.staffPath(exhibitor.id()) + "/.+"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().header("Authorization", exhibitor.bearer()).delete("/api/exhibitors/me/staff/" + id).then().statusCode(503)
                .body("type", Matchers.equalTo(ExhibitorProblem.REGISTRATION_SERVICE_UNAVAILABLE.type().toString()));

        assertThat(members(exhibitor)).isEqualTo(1);
    }

    @Test
    void anotherExhibitorsStaffMemberIsNotFound() {
        Applicant owner = approved(18);
        Applicant other = approved(18);
        String id = register(owner, "Xu", "Yan", "xu.yan@example.org").then().statusCode(201).extract().path("id");

        given().header("Authorization", other.bearer()).delete("/api/exhibitors/me/staff/" + id).then().statusCode(404)
                .body("type", Matchers.equalTo(ExhibitorProblem.STAFF_MEMBER_NOT_FOUND.type().toString()));
        assertThat(members(owner)).isEqualTo(1);
    }

    @Test
    void anExhibitorNotYetApprovedCannotRegisterStaff() {
        Applicant applicant = TestApplications.submitted();

        register(applicant, "Gao", "Yu", "gao.yu@example.org").then().statusCode(409)
                .body("type", Matchers.equalTo(ExhibitorProblem.EXHIBITOR_NOT_APPROVED.type().toString()));
    }

    @Test
    void invalidStaffDetailsAnswer400() {
        Applicant exhibitor = approved(18);
        register(exhibitor, "", "Yu", "not-an-address").then().statusCode(400)
                .body("violations.field", Matchers.hasItems("familyName", "email"));
        assertThat(badgeRequests(exhibitor)).isZero();
    }

    @Test
    void parallelRegistrationsNeverExceedTheAllowance() throws Exception {
        Applicant exhibitor = approved(18);
        int attempts = 12;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String email = "parallel" + i + "." + UUID.randomUUID() + "@example.org";
                calls.add(() -> register(exhibitor, "Parallel", "Staff", email).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(5);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(attempts - 5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(members(exhibitor)).isEqualTo(5);
        assertThat(badgeRequests(exhibitor)).isEqualTo(5);
    }

    private String boothOf(Applicant exhibitor) {
        String booth = given().header("Authorization", exhibitor.bearer()).get("/api/exhibitors/me").then().statusCode(200)
                .extract().path("boothCode");
        pavilion.stubFor(delete(urlPathEqualTo(PavilionStub.assignmentPath(booth))).willReturn(aResponse().withStatus(204)));
        return booth;
    }

    private static Response withdraw(Applicant exhibitor) {
        return given().header("Authorization", exhibitor.bearer()).post("/api/exhibitors/me/withdraw");
    }

    private int badgeRevocations(Applicant exhibitor) {
        return registration.findAll(deleteRequestedFor(urlPathMatching(RegistrationStub.staffPath(exhibitor.id()) + "/.+"))).size();
    }

    @Test
    void withdrawingAnApprovedExhibitorRevokesEveryStaffBadgeAndRemovesTheStaff() {
        Applicant exhibitor = approved(18);
        String booth = boothOf(exhibitor);
        String first = register(exhibitor, "Ma", "Lin", "ma.lin@example.org").then().statusCode(201).extract().path("registrationId");
        String second = register(exhibitor, "Hu", "Jun", "hu.jun@example.org").then().statusCode(201).extract().path("registrationId");

        withdraw(exhibitor).then().statusCode(200).body("state", Matchers.equalTo("WITHDRAWN")).body("boothCode", Matchers.nullValue());

        assertThat(badgeRevocations(exhibitor)).isEqualTo(2);
        for (String registrationId : List.of(first, second)) {
            registration.verify(1, deleteRequestedFor(urlPathEqualTo(RegistrationStub.memberPath(exhibitor.id(), registrationId)))
                    .withHeader("Authorization", matching("Bearer .+")));
        }
        pavilion.verify(1, deleteRequestedFor(urlPathEqualTo(PavilionStub.assignmentPath(booth))));
        assertThat(members(exhibitor)).isZero();
        given().header("Authorization", TestApplications.organizer())
                .get("/api/exhibitors/applications/" + exhibitor.id() + "/history")
                .then().statusCode(200).body("action", Matchers.hasItem("WITHDRAW"))
                .body("find { it.action == 'WITHDRAW' }.boothCode", Matchers.equalTo(booth));
    }

    @Test
    void withdrawingWhileRegistrationCannotRevokeAnswers503AndARetryFinishes() {
        Applicant exhibitor = approved(18);
        String booth = boothOf(exhibitor);
        register(exhibitor, "Guo", "Ping", "guo.ping@example.org").then().statusCode(201);
        register(exhibitor, "Lu", "Xin", "lu.xin@example.org").then().statusCode(201);
        registration.stubFor(delete(urlPathMatching(RegistrationStub.staffPath(exhibitor.id()) + "/.+"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        withdraw(exhibitor).then().statusCode(503)
                .header("Retry-After", notNullValue())
                .body("type", Matchers.equalTo(ExhibitorProblem.REGISTRATION_SERVICE_UNAVAILABLE.type().toString()));

        given().header("Authorization", exhibitor.bearer()).get("/api/exhibitors/me").then()
                .body("state", Matchers.equalTo("APPROVED")).body("boothCode", Matchers.equalTo(booth));
        pavilion.verify(0, deleteRequestedFor(urlPathEqualTo(PavilionStub.assignmentPath(booth))));
        assertThat(members(exhibitor)).isEqualTo(2);

        // registration-service answers 503 instead: still nothing half-done.
        RegistrationStub.problem(registration, delete(urlPathMatching(RegistrationStub.staffPath(exhibitor.id()) + "/.+")), 503,
                "service-unavailable");
        withdraw(exhibitor).then().statusCode(503)
                .body("type", Matchers.equalTo(ExhibitorProblem.REGISTRATION_SERVICE_UNAVAILABLE.type().toString()));
        pavilion.verify(0, deleteRequestedFor(urlPathEqualTo(PavilionStub.assignmentPath(booth))));
        assertThat(members(exhibitor)).isEqualTo(2);
        circuitBreakers.resetAll();

        // Fixed: one badge is already gone there (404 counts as revoked), the other is revoked now.
        registration.stubFor(delete(urlPathMatching(RegistrationStub.staffPath(exhibitor.id()) + "/.+"))
                .willReturn(aResponse().withStatus(204)));
        String gone = roster(exhibitor).then().extract().path("members[0].registrationId");
        RegistrationStub.problem(registration, delete(urlPathEqualTo(RegistrationStub.memberPath(exhibitor.id(), gone))), 404,
                "registration-not-found");
        withdraw(exhibitor).then().statusCode(200).body("state", Matchers.equalTo("WITHDRAWN"));

        pavilion.verify(1, deleteRequestedFor(urlPathEqualTo(PavilionStub.assignmentPath(booth))));
        assertThat(members(exhibitor)).isZero();
        given().header("Authorization", exhibitor.bearer()).get("/api/exhibitors/me").then()
                .body("state", Matchers.equalTo("WITHDRAWN")).body("boothCode", Matchers.nullValue());
    }
}
