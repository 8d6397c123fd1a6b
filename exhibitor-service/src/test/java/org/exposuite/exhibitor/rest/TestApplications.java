package org.exposuite.exhibitor.rest;

import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Applications made through the API, as a company and the organizers would. */
final class TestApplications {

    record Applicant(String id, String secret, String companyName) {

        String bearer() {
            return "Bearer " + secret;
        }
    }

    private static volatile boolean pavilionCallsWarm;

    private TestApplications() {
    }

    /**
     * The first booth calls of a cold JVM load a lot of code; on a busy machine that alone can outlast the
     * timeout, so each test class that needs booth calls goes through them once beforehand and closes the circuits.
     */
    static synchronized void warmUpPavilionCalls(WireMockServer pavilion, CircuitBreakerMaintenance circuitBreakers) {
        if (!pavilionCallsWarm) {
            String booth = "W-" + UUID.randomUUID().toString().substring(0, 8);
            PavilionStub.boothIsFree(pavilion, booth, "DA");
            Applicant applicant = submitted();
            given().header("Authorization", organizer()).contentType(ContentType.JSON).body(Map.of("boothCode", booth))
                    .post("/api/exhibitors/applications/" + applicant.id() + "/approve");
            given().header("Authorization", applicant.bearer()).post("/api/exhibitors/me/withdraw");
            pavilionCallsWarm = true;
        }
        circuitBreakers.resetAll();
    }

    static Map<String, Object> body(String companyName) {
        Map<String, Object> body = new HashMap<>();
        body.put("companyNameEn", companyName);
        body.put("companyNameZh", "测试科技有限公司");
        body.put("country", "CN");
        body.put("website", "https://example.org");
        body.put("description", "Big data platforms for smart cities");
        body.put("contact", Map.of("name", "Li Wei", "email", "li.wei@example.org", "phone", "+86 851 8888 0000"));
        body.put("themes", List.of("Smart City", "Artificial Intelligence"));
        body.put("requestedPavilions", List.of("DA"));
        body.put("boothSizeM2", 18);
        body.put("boothType", "CORNER");
        body.put("beltAndRoadPartner", false);
        return body;
    }

    static Applicant apply() {
        return apply("Company " + UUID.randomUUID());
    }

    static Applicant apply(String companyName) {
        Map<String, Object> created = given().contentType(ContentType.JSON).body(body(companyName))
                .post("/api/exhibitors/applications")
                .then().statusCode(201).extract().jsonPath().getMap("");
        return new Applicant((String) created.get("id"), (String) created.get("secret"), companyName);
    }

    static Applicant submitted() {
        Applicant applicant = apply();
        submit(applicant);
        return applicant;
    }

    static void submit(Applicant applicant) {
        given().header("Authorization", applicant.bearer()).post("/api/exhibitors/me/submit").then().statusCode(200);
    }

    static String stateOf(Applicant applicant) {
        return given().header("Authorization", applicant.bearer()).get("/api/exhibitors/me")
                .then().statusCode(200).extract().path("state");
    }

    static String organizer() {
        return "Bearer " + Tokens.forRole("organizer");
    }
}
