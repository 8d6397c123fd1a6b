package org.exposuite.pavilion.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A public list loads its rows with what they show in a fixed number of queries, never one more query per row. */
@QuarkusTest
@TestProfile(PublicListQueriesTest.NoBackgroundJobs.class)
class PublicListQueriesTest {

    /** The statistics count every statement of the service: no scheduled job (hold sweep, figures, webhooks) adds its own. */
    public static class NoBackgroundJobs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "false");
        }
    }

    @Inject
    EntityManagerFactory persistence;

    private Statistics statistics;

    @BeforeEach
    void watchQueries() {
        statistics = persistence.unwrap(SessionFactory.class).getStatistics();
    }

    @Test
    void programmeLoadsSessionsWithPavilionsAndSpeakersInAFewQueries() {
        for (int i = 0; i < 20; i++) {
            Fixtures.session(Fixtures.pavilion(100), 50);
        }

        statistics.clear();
        JsonPath programme = given().queryParam("size", 100).get("/api/sessions").then().statusCode(200).extract().jsonPath();

        assertThat(programme.getList("items")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(programme.getList("items.speakers.name", List.class)).allSatisfy(names -> assertThat(names).contains("Ma Huateng"));
        assertThat(programme.getList("items.pavilionCode", String.class)).doesNotContainNull();
        assertNoQueryPerRow();
    }

    @Test
    void boothSearchLoadsBoothsWithTheirPavilionsInAFewQueries() {
        for (int i = 0; i < 20; i++) {
            Fixtures.pavilionWithBooths(Fixtures.pavilion(100), 2);
        }

        statistics.clear();
        JsonPath booths = given().queryParam("size", 100).get("/api/booths").then().statusCode(200).extract().jsonPath();

        assertThat(booths.getList("items")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(booths.getList("items.pavilionCode", String.class)).doesNotContainNull();
        assertNoQueryPerRow();
    }

    @Test
    void pavilionListLoadsOpenHoursAndBoothCountsInAFewQueries() {
        for (int i = 0; i < 20; i++) {
            Fixtures.pavilion(100);
        }

        statistics.clear();
        JsonPath pavilions = given().get("/api/pavilions").then().statusCode(200).extract().jsonPath();

        assertThat(pavilions.getList("code")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(pavilions.getList("openHours.day", List.class)).allSatisfy(days -> assertThat(days).isNotEmpty());
        assertNoQueryPerRow();
    }

    private void assertNoQueryPerRow() {
        System.out.printf("statements %d, entity fetches %d, collection fetches %d%n", statistics.getPrepareStatementCount(),
                statistics.getEntityFetchCount(), statistics.getCollectionFetchCount());
        assertThat(statistics.getEntityFetchCount()).as("rows loaded one at a time").isZero();
        assertThat(statistics.getCollectionFetchCount()).as("collections loaded one row at a time").isZero();
        assertThat(statistics.getPrepareStatementCount()).as("statements for one page (the page, what its rows show, its count)").isLessThanOrEqualTo(3);
    }
}
