package org.exposuite.exhibitor.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exposuite.exhibitor.rest.TestApplications.Applicant;
import org.exposuite.exhibitor.service.ExhibitorMetrics;
import org.exposuite.testfixtures.MetricsScrape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The control room's figures of applications moving through review and of lead scans, as Prometheus scrapes them. */
@QuarkusTest
@WithTestResource(value = PavilionStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = RegistrationStub.class, scope = TestResourceScope.GLOBAL)
class BusinessMetricsTest {

    private static final List<String> STATES = List.of("draft", "submitted", "approved", "rejected", "withdrawn");

    @PavilionStub.Inject
    WireMockServer pavilion;

    @RegistrationStub.Inject
    WireMockServer registration;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    ExhibitorMetrics metrics;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void prepare() {
        TestExhibitors.prepare(pavilion, registration, circuitBreakers);
    }

    @AfterEach
    void leaveCircuitsClosed() {
        circuitBreakers.resetAll();
    }

    @Test
    void scrapeShowsApplicationsByStateAndLeadScans() {
        metrics.refresh();
        MetricsScrape before = MetricsScrape.now();

        TestApplications.apply();
        TestApplications.apply();
        TestApplications.submitted();
        Applicant rejected = TestApplications.submitted();
        given().header("Authorization", TestApplications.organizer()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Booth area exhausted in the requested pavilion"))
                .post("/api/exhibitors/applications/" + rejected.id() + "/reject").then().statusCode(200);
        Applicant exhibitor = TestExhibitors.approved(pavilion, registration, 18);
        String booth = "W-" + UUID.randomUUID().toString().substring(0, 8);
        PavilionStub.boothIsFree(pavilion, booth, "DA");
        Applicant leaving = TestApplications.submitted();
        given().header("Authorization", TestApplications.organizer()).contentType(ContentType.JSON).body(Map.of("boothCode", booth))
                .post("/api/exhibitors/applications/" + leaving.id() + "/approve").then().statusCode(200);
        given().header("Authorization", leaving.bearer()).post("/api/exhibitors/me/withdraw").then().statusCode(200);

        String visitor = UUID.randomUUID().toString();
        RegistrationStub.sharesNoContact(registration, visitor);
        String other = UUID.randomUUID().toString();
        RegistrationStub.sharesNoContact(registration, other);
        scanLead(exhibitor, visitor, 201);
        scanLead(exhibitor, visitor, 200);
        scanLead(exhibitor, other, 201);

        metrics.refresh();
        MetricsScrape after = MetricsScrape.now();

        Map<String, Double> added = new HashMap<>();
        for (String state : STATES) {
            double now = after.value("expo_exhibitor_applications", "state", state).orElseThrow();
            assertThat(now).as(state).isEqualTo(applications(state));
            added.put(state, now - before.value("expo_exhibitor_applications", "state", state).orElseThrow());
        }
        assertThat(added).containsExactlyInAnyOrderEntriesOf(
                Map.of("draft", 2.0, "submitted", 1.0, "approved", 1.0, "rejected", 1.0, "withdrawn", 1.0));

        assertThat(after.valueOrZero("expo_lead_scans_total", "scan", "first") - before.valueOrZero("expo_lead_scans_total", "scan", "first"))
                .isEqualTo(2);
        assertThat(after.valueOrZero("expo_lead_scans_total", "scan", "repeat") - before.valueOrZero("expo_lead_scans_total", "scan", "repeat"))
                .isEqualTo(1);
        for (String outcome : List.of("delivered", "failed", "gave_up")) {
            assertThat(after.value("expo_webhook_deliveries_total", "outcome", outcome)).isPresent();
        }
        // Figures, never exhibitors or visitors.
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(text).doesNotContain(exhibitor.id(), visitor, exhibitor.companyName());
    }

    private static void scanLead(Applicant exhibitor, String visitor, int status) {
        given().header("Authorization", exhibitor.bearer()).contentType(ContentType.JSON)
                .body(Map.of("badgeToken", TestBadges.badge(visitor)))
                .post("/api/exhibitors/" + exhibitor.id() + "/leads").then().statusCode(status);
    }

    private double applications(String state) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from exhibitor where state = '" + state.toUpperCase() + "'")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
