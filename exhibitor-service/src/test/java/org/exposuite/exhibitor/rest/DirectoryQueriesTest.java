package org.exposuite.exhibitor.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.exhibitor.domain.Product;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The directory and the catalogue load a page with what its rows show, never one more query per row. Statements are not
 * counted here: the lead contact sweep runs beside the request every second.
 */
@QuarkusTest
class DirectoryQueriesTest {

    @Inject
    EntityManagerFactory persistence;

    private static void storeApprovedWithProduct(String name) {
        QuarkusTransaction.requiringNew().run(() -> {
            Exhibitor exhibitor = new Exhibitor();
            exhibitor.id = UUID.randomUUID();
            exhibitor.state = Exhibitor.State.APPROVED;
            exhibitor.companyNameEn = name;
            exhibitor.country = "CN";
            exhibitor.themes.add("Artificial intelligence");
            exhibitor.themes.add("Data security");
            exhibitor.boothCode = "Q-" + exhibitor.id.toString().substring(0, 8);
            exhibitor.pavilionCode = "DA";
            exhibitor.updatedAt = Instant.now();
            exhibitor.persist();
            Product product = new Product();
            product.id = UUID.randomUUID();
            product.exhibitor = exhibitor;
            product.name = name + " edge server";
            product.updatedAt = Instant.now();
            product.persist();
        });
    }

    @Test
    void directoryPageLoadsExhibitorsWithTheirThemesInAFewQueries() {
        String marker = "Queried " + UUID.randomUUID();
        for (int i = 0; i < 20; i++) {
            storeApprovedWithProduct(marker + " " + i);
        }
        Statistics statistics = persistence.unwrap(SessionFactory.class).getStatistics();

        statistics.clear();
        JsonPath directory = given().queryParam("q", marker).queryParam("size", 100).get("/api/exhibitors")
                .then().statusCode(200).extract().jsonPath();

        assertThat(directory.getList("companyNameEn")).hasSize(20);
        assertThat(directory.getList("themes", List.class)).allSatisfy(themes -> assertThat(themes).contains("Data security"));
        System.out.printf("directory: statements %d, collection fetches %d%n", statistics.getPrepareStatementCount(),
                statistics.getCollectionFetchCount());
        assertThat(statistics.getCollectionFetchCount()).as("themes loaded one exhibitor at a time").isZero();

        statistics.clear();
        JsonPath catalogue = given().queryParam("q", marker).queryParam("size", 100).get("/api/products")
                .then().statusCode(200).extract().jsonPath();

        assertThat(catalogue.getList("name")).hasSize(20);
        assertThat(statistics.getEntityFetchCount()).as("exhibitors loaded one product at a time").isZero();
    }
}
