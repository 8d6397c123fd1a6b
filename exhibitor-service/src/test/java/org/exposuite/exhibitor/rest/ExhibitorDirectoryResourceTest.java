package org.exposuite.exhibitor.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExhibitorDirectoryResourceTest {

    private static UUID storeExhibitor(String name, Exhibitor.State state) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Exhibitor exhibitor = new Exhibitor();
            exhibitor.id = UUID.randomUUID();
            exhibitor.state = state;
            exhibitor.companyNameEn = name;
            exhibitor.country = "CN";
            if (state == Exhibitor.State.APPROVED) {
                exhibitor.boothCode = "A-" + exhibitor.id.toString().substring(0, 8);
                exhibitor.pavilionCode = "DA";
            }
            exhibitor.updatedAt = Instant.now();
            exhibitor.persist();
            return exhibitor.id;
        });
    }

    @Test
    void directoryListsApprovedExhibitorsOnly() {
        String approved = "Approved " + UUID.randomUUID();
        String submitted = "Submitted " + UUID.randomUUID();
        storeExhibitor(approved, Exhibitor.State.APPROVED);
        storeExhibitor(submitted, Exhibitor.State.SUBMITTED);

        given().queryParam("size", 200).get("/api/exhibitors")
                .then().statusCode(200)
                .body("companyNameEn", hasItem(approved))
                .body("companyNameEn", not(hasItem(submitted)));
    }

    @Test
    void pageSizeAboveTheLimitIsABadRequestProblem() {
        given().queryParam("size", 500).get("/api/exhibitors")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownPathsAndWrongMethodsAreProblems() {
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/exhibitors").then().statusCode(405).contentType("application/problem+json");
    }
}
