package org.exposuite.exhibitor.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exposuite.exhibitor.api.ExhibitorProblem;
import org.exposuite.exhibitor.rest.TestApplications.Applicant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PavilionStub.class, scope = TestResourceScope.GLOBAL)
class DirectoryAndProductsTest {

    @PavilionStub.Inject
    WireMockServer pavilion;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void warmUp() {
        TestApplications.warmUpPavilionCalls(pavilion, circuitBreakers);
    }

    private Applicant approvedExhibitor(Map<String, Object> body, String pavilionCode) {
        Map<String, Object> created = given().contentType(ContentType.JSON).body(body).post("/api/exhibitors/applications")
                .then().statusCode(201).extract().jsonPath().getMap("");
        Applicant applicant = new Applicant((String) created.get("id"), (String) created.get("secret"),
                (String) body.get("companyNameEn"));
        TestApplications.submit(applicant);
        String booth = "D-" + UUID.randomUUID().toString().substring(0, 8);
        PavilionStub.boothIsFree(pavilion, booth, pavilionCode);
        given().header("Authorization", TestApplications.organizer()).contentType(ContentType.JSON)
                .body(Map.of("boothCode", booth)).post("/api/exhibitors/applications/" + applicant.id() + "/approve")
                .then().statusCode(200);
        return applicant;
    }

    private static void addProduct(Applicant applicant, String name, String theme) {
        given().header("Authorization", applicant.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "description", "Shown at the booth", "category", "Software", "theme", theme,
                        "imageUrl", "https://images.example.org/" + UUID.randomUUID() + ".png"))
                .post("/api/exhibitors/me/products").then().statusCode(201);
    }

    @Test
    void directoryFindsApprovedExhibitorsByEitherNameDescriptionProductThemePavilionAndCountry() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = TestApplications.body("Guizhou Data Valley " + tag);
        body.put("companyNameZh", "贵州数谷" + tag);
        body.put("description", "Sovereign cloud for provincial government data " + tag);
        body.put("themes", List.of("Data Security " + tag));
        body.put("country", "CN");
        Applicant approved = approvedExhibitor(body, "DA");
        addProduct(approved, "Quantum Ledger " + tag, "Blockchain");
        Applicant draft = TestApplications.apply("Guizhou Data Valley draft " + tag);

        for (String text : List.of("data valley " + tag, "贵州数谷" + tag, "provincial government data " + tag, "quantum ledger " + tag)) {
            given().queryParam("q", text).get("/api/exhibitors").then().statusCode(200)
                    .body("id", contains(approved.id()));
        }
        given().queryParam("q", tag).get("/api/exhibitors").then().body("id", not(hasItem(draft.id())));
        given().queryParam("theme", "Data Security " + tag).get("/api/exhibitors").then().body("id", contains(approved.id()));
        given().queryParam("q", tag).queryParam("pavilion", "DA").queryParam("country", "CN").get("/api/exhibitors")
                .then().body("id", contains(approved.id()));
        given().queryParam("q", tag).queryParam("pavilion", "FT").get("/api/exhibitors").then().body("size()", equalTo(0));
        given().queryParam("q", tag).queryParam("country", "US").get("/api/exhibitors").then().body("size()", equalTo(0));
        // Wildcards in the search text are taken literally.
        given().queryParam("q", "%").queryParam("theme", "Data Security " + tag).get("/api/exhibitors").then().body("size()", equalTo(0));

        given().get("/api/exhibitors/" + approved.id()).then().statusCode(200)
                .body("exhibitor.companyNameZh", equalTo("贵州数谷" + tag))
                .body("exhibitor.boothCode", org.hamcrest.Matchers.startsWith("D-"))
                .body("products.name", contains("Quantum Ledger " + tag));
        given().get("/api/exhibitors/" + draft.id()).then().statusCode(404);
    }

    @Test
    void exhibitorsManageTheirProductsAndTheCatalogueShowsOnlyApprovedOnes() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Applicant approved = approvedExhibitor(TestApplications.body("Catalogue Co " + tag), "FT");
        Applicant pending = TestApplications.apply("Pending Co " + tag);
        addProduct(approved, "Edge AI Camera " + tag, "Artificial Intelligence");
        addProduct(pending, "Edge AI Router " + tag, "Artificial Intelligence");

        given().queryParam("q", tag).get("/api/products").then().statusCode(200)
                .body("name", contains("Edge AI Camera " + tag))
                .body("[0].exhibitorName", equalTo("Catalogue Co " + tag))
                .body("[0].pavilionCode", equalTo("FT"));
        given().queryParam("q", "edge ai camera " + tag).queryParam("theme", "Artificial Intelligence").queryParam("category", "Software")
                .queryParam("pavilion", "FT").get("/api/products").then().body("size()", equalTo(1));
        given().queryParam("q", "Catalogue Co " + tag).get("/api/products").then().body("size()", equalTo(1));

        String productId = given().header("Authorization", approved.bearer()).get("/api/exhibitors/me/products")
                .then().statusCode(200).body("size()", equalTo(1)).extract().path("[0].id");
        given().header("Authorization", approved.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Edge AI Camera Pro " + tag, "imageUrl", "http://images.example.org/pro.png"))
                .put("/api/exhibitors/me/products/" + productId).then().statusCode(200)
                .body("name", equalTo("Edge AI Camera Pro " + tag));
        given().header("Authorization", approved.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Bad image", "imageUrl", "javascript:alert(1)"))
                .put("/api/exhibitors/me/products/" + productId).then().statusCode(400)
                .body("violations.field", hasItem("imageUrl"));
        given().header("Authorization", approved.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "ftp image", "imageUrl", "ftp://images.example.org/x.png"))
                .post("/api/exhibitors/me/products").then().statusCode(400);

        // Another exhibitor's secret finds no such product.
        given().header("Authorization", pending.bearer()).contentType(ContentType.JSON).body(Map.of("name", "Hijack"))
                .put("/api/exhibitors/me/products/" + productId).then().statusCode(404)
                .body("type", equalTo(ExhibitorProblem.PRODUCT_NOT_FOUND.type().toString()));
        given().header("Authorization", pending.bearer()).delete("/api/exhibitors/me/products/" + productId)
                .then().statusCode(404);

        given().header("Authorization", approved.bearer()).delete("/api/exhibitors/me/products/" + productId)
                .then().statusCode(204);
        given().queryParam("q", tag).get("/api/products").then().body("size()", equalTo(0));
    }
}
