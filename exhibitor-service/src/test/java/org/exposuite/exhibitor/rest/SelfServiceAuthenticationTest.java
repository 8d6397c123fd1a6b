package org.exposuite.exhibitor.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.exposuite.exhibitor.rest.TestApplications.Applicant;
import org.exposuite.testfixtures.SelfServiceAuthenticationChecks;

/**
 * Every exhibitor self-service operation knows its caller from the secret before it reads a body: without a secret it
 * answers 401 secret-required, with anything else that is not the application's secret (unknown, malformed, another
 * kind, a JWT, junk) 404 application-not-found, whatever the body, and nothing changes. JWTs keep working where they
 * belong, and public endpoints stay public.
 */
@QuarkusTest
@WithTestResource(value = PavilionStub.class, scope = TestResourceScope.GLOBAL)
class SelfServiceAuthenticationTest extends SelfServiceAuthenticationChecks {

    private static final Realm EXHIBITOR = new Realm("ex",
            new Refusal(401, "secret-required", true), new Refusal(404, "application-not-found", false));
    private static final String BAD_APPLICATION = "{\"companyNameEn\": \"\", \"country\": \"ZZ\", \"website\": \"javascript:alert(1)\"}";
    private static final String BAD_PRODUCT = "{\"name\": \"\", \"imageUrl\": \"ftp://images.example.org/x.png\"}";
    private static final String BAD_STAFF = "{\"familyName\": \"\", \"givenName\": \"\", \"email\": \"not-an-address\"}";
    private static final String BAD_LEAD = "{\"badgeToken\": \"\", \"rating\": 9}";

    /** An application in draft with one product: what a refused call must leave alone. */
    private record Victim(Applicant applicant, String productId) {
    }

    private static Victim victim;

    SelfServiceAuthenticationTest() {
        super(EXHIBITOR);
    }

    /** {exhibitor} and {product} stand for the victim's ids, filled in when the call is made. */
    static Stream<Operation> operations() {
        return Stream.of(
                Operation.readingNoBody(EXHIBITOR, "GET", "/api/exhibitors/me"),
                Operation.readingABody(EXHIBITOR, "PUT", "/api/exhibitors/me", BAD_APPLICATION, "companyNameEn"),
                Operation.readingNoBody(EXHIBITOR, "POST", "/api/exhibitors/me/submit"),
                Operation.readingNoBody(EXHIBITOR, "POST", "/api/exhibitors/me/withdraw"),
                Operation.readingNoBody(EXHIBITOR, "GET", "/api/exhibitors/me/products"),
                Operation.readingABody(EXHIBITOR, "POST", "/api/exhibitors/me/products", BAD_PRODUCT, "imageUrl"),
                Operation.readingABody(EXHIBITOR, "PUT", "/api/exhibitors/me/products/{product}", BAD_PRODUCT, "imageUrl"),
                Operation.readingNoBody(EXHIBITOR, "DELETE", "/api/exhibitors/me/products/{product}"),
                Operation.readingNoBody(EXHIBITOR, "GET", "/api/exhibitors/me/staff"),
                Operation.readingABody(EXHIBITOR, "POST", "/api/exhibitors/me/staff", BAD_STAFF, "email"),
                Operation.readingNoBody(EXHIBITOR, "DELETE", "/api/exhibitors/me/staff/" + UUID.randomUUID()),
                Operation.readingABody(EXHIBITOR, "POST", "/api/exhibitors/{exhibitor}/leads", BAD_LEAD, "rating"),
                Operation.readingNoBody(EXHIBITOR, "GET", "/api/exhibitors/{exhibitor}/leads"),
                Operation.readingNoBody(EXHIBITOR, "GET", "/api/exhibitors/{exhibitor}/leads.csv"));
    }

    @Override
    protected String secretOf(Realm realm) {
        return victim().applicant().secret();
    }

    @Override
    protected String pathFor(String path) {
        return path.replace("{exhibitor}", victim().applicant().id()).replace("{product}", victim().productId());
    }

    @Override
    protected void holderIsUntouched() {
        Applicant applicant = victim().applicant();
        given().header("Authorization", applicant.bearer()).get("/api/exhibitors/me").then()
                .statusCode(200)
                .body("state", equalTo("DRAFT"))
                .body("companyNameEn", equalTo(applicant.companyName()))
                .body("country", equalTo("CN"));
        given().header("Authorization", applicant.bearer()).get("/api/exhibitors/me/products").then()
                .statusCode(200).body("name", contains("Data Lake Appliance"));
        given().header("Authorization", applicant.bearer()).get("/api/exhibitors/" + applicant.id() + "/leads").then()
                .statusCode(200).body("size()", equalTo(0));
    }

    @Override
    protected String organizerEndpoint() {
        return "/api/exhibitors/applications/" + victim().applicant().id();
    }

    @Override
    protected void organizerReads(ValidatableResponse answer) {
        answer.body("companyNameEn", equalTo(victim().applicant().companyName()));
    }

    @Override
    protected List<String> publicReads() {
        return List.of("/api/exhibitors", "/api/products");
    }

    @Override
    protected Response createAsThePublic(String authorization) {
        return given().header("Authorization", authorization).contentType(ContentType.JSON)
                .body(TestApplications.body("Unknown Secret Ltd")).post("/api/exhibitors/applications");
    }

    private static synchronized Victim victim() {
        if (victim == null) {
            Applicant applicant = TestApplications.apply();
            String productId = given().header("Authorization", applicant.bearer()).contentType(ContentType.JSON)
                    .body(Map.of("name", "Data Lake Appliance", "description", "Shown at the booth"))
                    .post("/api/exhibitors/me/products").then().statusCode(201).extract().path("id");
            victim = new Victim(applicant, productId);
        }
        return victim;
    }
}
