package org.exposuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exposuite.systemtests.OrganizerApi.Pavilion;
import org.exposuite.systemtests.Suite.Service;
import org.junit.jupiter.api.Test;

/**
 * An organizer approves an application while pavilion-service hangs: exhibitor-service gives up on the booth
 * assignment within its time limit and answers 503, and nothing is half-done, neither at once nor once
 * pavilion-service runs again and reads the request it was sent meanwhile. Approving again then succeeds.
 */
@SystemTest
class ApprovalWhilePavilionHangsIT {

    /** Far above exhibitor-service's limit on a booth call (2 s), so only a hanging approval exceeds it. */
    private static final Duration APPROVAL_LIMIT = Duration.ofSeconds(10);
    private static final Pattern ASSIGNMENT_REQUESTS = Pattern.compile(
            "(?m)^http_server_requests_seconds_count\\{[^}]*method=\"PUT\"[^}]*uri=\"/api/booths/\\{code}/assignment\"[^}]*} ([0-9.E]+)$");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void approvalAnswers503AndLeavesNothingHalfDoneWhilePavilionHangsThenSucceedsWhenRetried() throws Exception {
        Pavilion pavilion = OrganizerApi.pavilionWithADialogue();
        // another company is approved first, so exhibitor-service holds a connection to pavilion-service, as mid-expo
        OrganizerApi.approvedExhibitor("Zunyi Cloud " + OrganizerApi.randomCode(6), pavilion);
        String company = "Anshun Sensors " + OrganizerApi.randomCode(6);
        JsonPath applied = OrganizerApi.application(company);
        String id = applied.getString("id");
        Response submitted = given().auth().oauth2(applied.getString("secret")).post("/api/exhibitors/me/submit");
        assertThat(submitted.statusCode()).as("submit answered %s", submitted.asString()).isEqualTo(200);
        double assignmentsHandled = assignmentRequestsHandled();

        Suite.hang(Service.PAVILION);
        try {
            long started = System.nanoTime();
            HttpResponse<String> refused = approve(id, pavilion.freeBooth());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("[approval] answered %d after %d ms while pavilion-service hangs%n", refused.statusCode(), took.toMillis());

            assertThat(refused.statusCode()).as("approval while pavilion-service hangs: %s", refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            JsonPath problem = JsonPath.from(refused.body());
            assertThat(problem.getString("type")).endsWith("/pavilion-service-unavailable");
            assertThat(problem.getInt("status")).isEqualTo(503);
            assertThat(problem.getString("detail")).contains("Nothing was changed");
            assertThat(took).as("time to the refusal").isLessThan(APPROVAL_LIMIT);

            // exhibitor-service's side, asked while pavilion-service still hangs
            assertUnchanged(id, company);
        } finally {
            Suite.resume(Service.PAVILION);
        }

        // pavilion-service now reads the assignment it was sent while it hung: it must not take effect
        awaitAssignmentRequestsHandled(assignmentsHandled + 1);
        // what pavilion-service holds, not the gateway's short-lived public copy
        Response booth = given().accept(ContentType.JSON).header("Cache-Control", "no-cache").get("/api/booths/" + pavilion.freeBooth());
        assertThat(booth.statusCode()).isEqualTo(200);
        assertThat(booth.jsonPath().getString("status")).as("booth after the failed approval: %s", booth.asString()).isEqualTo("FREE");
        assertThat(booth.jsonPath().getString("exhibitorId")).isNull();
        Response history = given().auth().oauth2(Suite.token("organizer")).accept(ContentType.JSON)
                .get("/api/booths/" + pavilion.freeBooth() + "/history");
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.jsonPath().getList("exhibitorId", String.class)).as("booth history: %s", history.asString())
                .doesNotContain(id);
        assertUnchanged(id, company);

        HttpResponse<String> approved = approve(id, pavilion.freeBooth());
        assertThat(approved.statusCode()).as("approval retried once pavilion-service runs: %s", approved.body()).isEqualTo(200);
        assertThat(JsonPath.from(approved.body()).getString("state")).isEqualTo("APPROVED");
        assertThat(JsonPath.from(approved.body()).getString("boothCode")).isEqualTo(pavilion.freeBooth());
        Response assigned = given().accept(ContentType.JSON).header("Cache-Control", "no-cache").get("/api/booths/" + pavilion.freeBooth());
        assertThat(assigned.jsonPath().getString("status")).isEqualTo("ASSIGNED");
        assertThat(assigned.jsonPath().getString("exhibitorId")).isEqualTo(id);
    }

    /** The application is still submitted, without a booth, and registration-service holds no staff badge for it. */
    private static void assertUnchanged(String id, String company) {
        Response application = given().auth().oauth2(Suite.token("organizer")).accept(ContentType.JSON)
                .get("/api/exhibitors/applications/" + id);
        assertThat(application.statusCode()).isEqualTo(200);
        assertThat(application.jsonPath().getString("state")).as("application: %s", application.asString()).isEqualTo("SUBMITTED");
        assertThat(application.jsonPath().getString("boothCode")).isNull();
        Response staff = given().auth().oauth2(Suite.token("organizer")).accept(ContentType.JSON)
                .queryParam("q", company).get("/api/registrations");
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.jsonPath().getLong("total")).as("registrations (staff badges) of %s", company).isZero();
    }

    private static HttpResponse<String> approve(String id, String boothCode) throws Exception {
        // the client waits far longer than the limit, so a hanging approval shows as a slow answer, not a hang
        HttpRequest request = HttpRequest.newBuilder(URI.create(Suite.gateway() + "/api/exhibitors/applications/" + id + "/approve"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + Suite.token("organizer"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"boothCode\":\"" + boothCode + "\"}")).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** How many booth assignment requests pavilion-service has answered, whatever it answered (its own metrics). */
    private static double assignmentRequestsHandled() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Service.PAVILION.directUri() + "/q/metrics"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        String metrics = CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body();
        double handled = 0;
        Matcher counts = ASSIGNMENT_REQUESTS.matcher(metrics);
        while (counts.find()) {
            handled += Double.parseDouble(counts.group(1));
        }
        return handled;
    }

    private static void awaitAssignmentRequestsHandled(double expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (assignmentRequestsHandled() < expected && System.nanoTime() < deadline) {
            Suite.sleep(Duration.ofMillis(200));
        }
        assertThat(assignmentRequestsHandled()).as("booth assignments pavilion-service has handled").isGreaterThanOrEqualTo(expected);
    }
}
