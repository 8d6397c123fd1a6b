package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.exposuite.testfixtures.OpenTransactions;
import org.exposuite.testfixtures.Rows;
import org.exposuite.testfixtures.SlowDownload;
import org.junit.jupiter.api.Test;

/** The organizers' CSV export reads its registrations page by page and holds no transaction while a client downloads. */
@QuarkusTest
class RegistrationExportTest {

    // Long cells, so a few thousand registrations make a file far larger than what the connection buffers.
    private static final String LONG_TEXT = "贵阳大数据交易所 Big Data Exchange ".repeat(6);

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "expo.exports.page-size")
    int pageSize;

    @TestHTTPResource("/api/registrations/export")
    URL exportUrl;

    @Test
    void anExportOfSeveralPagesHasEveryRegistrationOnceInTheOrderTheyRegistered() {
        String category = Expo.createCategory(Expo.newCode("PG"), 100, null);
        Set<String> registered = new HashSet<>();
        for (int i = 0; i < 2 * pageSize + 3; i++) {
            registered.add(Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]"))
                    .then().statusCode(201).extract().<String>path("confirmationCode"));
        }

        byte[] csv = given().auth().oauth2(Tokens.forRole("organizer")).queryParam("category", category)
                .get("/api/registrations/export").then().statusCode(200).extract().asByteArray();

        List<String> codes = confirmationCodes(csv);
        assertThat(codes).hasSize(2 * pageSize + 3).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(registered)
                .containsExactlyElementsOf(codesInRegistrationOrder(category));
    }

    @Test
    void aSlowDownloadHoldsNoTransactionWhileTheClientPauses() throws Exception {
        String category = Expo.createCategory(Expo.newCode("SLOW"), 100, null);
        // Registrations straight into the database: thousands through the API would take minutes. Three share each
        // registration time, so pages also end between registrations of the same moment.
        int count = 5000;
        Rows.execute(dataSource, """
                insert into registration (id, confirmation_code, secret_hash, category_id, status, family_name, given_name,
                    latin_name, email, organization, job_title, country, privacy_policy_accepted_at, created_at)
                select gen_random_uuid(), 'b' || lpad(n::text, 7, '0'), encode(sha256(convert_to(c.code || n, 'UTF8')), 'hex'),
                    c.id, 'CONFIRMED', '张', '伟', ?, 'bulk-' || n || '-' || lower(c.code) || '@example.org', ?, ?, 'CN', now(),
                    timestamptz '2018-05-01 08:00:00+08' + (n / 3) * interval '1 second'
                from category c, generate_series(1, ?) n where c.code = ?""", LONG_TEXT, LONG_TEXT, LONG_TEXT, count, category);

        try (SlowDownload download = SlowDownload.start(exportUrl + "?category=" + category,
                "Bearer " + Tokens.forRole("organizer"), 64 * 1024)) {
            assertThat(download.status()).isEqualTo(200);
            // Registered while the client pauses: the export reads current data page by page, so it comes last.
            Rows.execute(dataSource, """
                    insert into registration (id, confirmation_code, secret_hash, category_id, status, family_name, given_name,
                        email, country, privacy_policy_accepted_at, created_at)
                    select gen_random_uuid(), 'late0001', encode(sha256(convert_to(c.code || 'late', 'UTF8')), 'hex'), c.id,
                        'CONFIRMED', '李', '明', 'late-' || lower(c.code) || '@example.org', 'CN', now(), timestamptz '2018-06-01 08:00:00+08'
                    from category c where c.code = ?""", category);

            assertThat(OpenTransactions.awaitNone(dataSource, Duration.ofSeconds(60)))
                    .as("sessions inside a transaction while the download pauses").isEmpty();

            List<String> codes = confirmationCodes(download.finish());
            assertThat(codes).hasSize(count + 1).doesNotHaveDuplicates().endsWith("late0001")
                    .containsExactlyElementsOf(codesInRegistrationOrder(category));
        }
    }

    /** The first column of every line but the header, after checking the file's frame. */
    private static List<String> confirmationCodes(byte[] csv) {
        assertThat(Arrays.copyOfRange(csv, 0, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(RegistrationCsv.HEADER + "\r\n").endsWith("\r\n");
        List<String> lines = Arrays.asList(text.split("\r\n"));
        return lines.subList(1, lines.size()).stream().map(line -> line.substring(0, line.indexOf(','))).toList();
    }

    private List<String> codesInRegistrationOrder(String category) {
        return Rows.strings(dataSource, """
                select r.confirmation_code from registration r join category c on c.id = r.category_id
                where c.code = ? order by r.created_at, r.id""", category);
    }
}
