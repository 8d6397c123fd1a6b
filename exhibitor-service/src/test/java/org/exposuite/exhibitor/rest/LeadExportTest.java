package org.exposuite.exhibitor.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.exposuite.exhibitor.rest.TestApplications.Applicant;
import org.exposuite.testfixtures.OpenTransactions;
import org.exposuite.testfixtures.Rows;
import org.exposuite.testfixtures.SlowDownload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An exhibitor's CSV export of its leads reads them page by page and holds no transaction while the client downloads. */
@QuarkusTest
@WithTestResource(value = PavilionStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = RegistrationStub.class, scope = TestResourceScope.GLOBAL)
class LeadExportTest {

    // Long notes, so a few thousand leads make a file far larger than what the connection buffers.
    private static final String LONG_NOTES = "对大数据交易很感兴趣, interested in the data exchange; call back after the expo. ".repeat(12);

    @PavilionStub.Inject
    WireMockServer pavilion;

    @RegistrationStub.Inject
    WireMockServer registration;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "expo.exports.page-size")
    int pageSize;

    @TestHTTPResource("/api/exhibitors")
    URL exhibitorsUrl;

    @BeforeEach
    void prepare() {
        TestExhibitors.prepare(pavilion, registration, circuitBreakers);
    }

    @AfterEach
    void leaveCircuitsClosed() {
        circuitBreakers.resetAll();
    }

    @Test
    void anExportOfSeveralPagesHasEveryLeadOnceInTheOrderFirstScanned() {
        Applicant exhibitor = TestExhibitors.approved(pavilion, registration, 18);
        List<String> visitors = new ArrayList<>();
        for (int i = 0; i < 2 * pageSize + 3; i++) {
            String visitor = UUID.randomUUID().toString();
            RegistrationStub.sharesNoContact(registration, visitor);
            given().header("Authorization", exhibitor.bearer()).contentType(ContentType.JSON)
                    .body(Map.of("badgeToken", TestBadges.badge(visitor), "rating", 1 + i % 5))
                    .post("/api/exhibitors/" + exhibitor.id() + "/leads").then().statusCode(201);
            visitors.add(visitor);
        }

        byte[] csv = given().header("Authorization", exhibitor.bearer()).get("/api/exhibitors/" + exhibitor.id() + "/leads.csv")
                .then().statusCode(200).extract().asByteArray();

        assertThat(registrationIds(csv)).hasSize(2 * pageSize + 3).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(visitors)
                .containsExactlyElementsOf(leadsInScanOrder(exhibitor.id()));
    }

    @Test
    void aSlowDownloadHoldsNoTransactionWhileTheClientPauses() throws Exception {
        Applicant exhibitor = TestExhibitors.approved(pavilion, registration, 18);
        // Leads straight into the database: thousands of scans through the API would take minutes. Three share each
        // first scan time, so pages also end between leads of the same moment.
        int count = 4000;
        Rows.execute(dataSource, """
                insert into exhibitor_lead (id, exhibitor_id, registration_id, category, rating, notes, contact_pending,
                    first_scanned_at, last_scanned_at, scan_count)
                select gen_random_uuid(), ?, 'bulk-' || lpad(n::text, 6, '0'), 'VISITOR', 1 + n % 5, ?, false,
                    timestamptz '2018-05-26 09:00:00+08' + (n / 3) * interval '1 second',
                    timestamptz '2018-05-26 09:00:00+08' + (n / 3) * interval '1 second', 1
                from generate_series(1, ?) n""", UUID.fromString(exhibitor.id()), LONG_NOTES, count);

        try (SlowDownload download = SlowDownload.start(exhibitorsUrl + "/" + exhibitor.id() + "/leads.csv",
                exhibitor.bearer(), 64 * 1024)) {
            assertThat(download.status()).isEqualTo(200);
            // Scanned while the client pauses: the export reads current data page by page, so this lead comes last.
            Rows.execute(dataSource, """
                    insert into exhibitor_lead (id, exhibitor_id, registration_id, category, contact_pending, first_scanned_at,
                        last_scanned_at, scan_count)
                    values (gen_random_uuid(), ?, 'late-visitor', 'VISITOR', false, timestamptz '2018-05-29 17:00:00+08',
                        timestamptz '2018-05-29 17:00:00+08', 1)""", UUID.fromString(exhibitor.id()));

            assertThat(OpenTransactions.awaitNone(dataSource, Duration.ofSeconds(60)))
                    .as("sessions inside a transaction while the download pauses").isEmpty();

            List<String> ids = registrationIds(download.finish());
            assertThat(ids).hasSize(count + 1).doesNotHaveDuplicates().endsWith("late-visitor")
                    .containsExactlyElementsOf(leadsInScanOrder(exhibitor.id()));
        }
    }

    /** The first column of every line but the header, after checking the file's frame. */
    private static List<String> registrationIds(byte[] csv) {
        assertThat(Arrays.copyOfRange(csv, 0, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(LeadCsv.HEADER + "\r\n").endsWith("\r\n");
        List<String> lines = Arrays.asList(text.split("\r\n"));
        return lines.subList(1, lines.size()).stream().map(line -> line.substring(0, line.indexOf(','))).toList();
    }

    private List<String> leadsInScanOrder(String exhibitorId) {
        return Rows.strings(dataSource, "select registration_id from exhibitor_lead where exhibitor_id = ? order by first_scanned_at, id",
                UUID.fromString(exhibitorId));
    }
}
