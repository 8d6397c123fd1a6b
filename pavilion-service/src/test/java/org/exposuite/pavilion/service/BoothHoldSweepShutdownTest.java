package org.exposuite.pavilion.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.exposuite.testfixtures.ApplicationLifecycle;
import org.exposuite.testfixtures.RecordedLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hold sweep and the application's shutdown: once the application stops no sweep starts, and the expired hold it
 * left is freed by the first sweep after the start. The stop is the running application's own scheduler state.
 */
@QuarkusTest
class BoothHoldSweepShutdownTest {

    @Inject
    BoothService booths;

    @Inject
    Scheduled.ApplicationNotRunning applicationNotRunning;

    @Inject
    AgroalDataSource dataSource;

    private final RecordedLog log = RecordedLog.of(BoothService.class);

    @AfterEach
    void stopListening() {
        log.close();
    }

    @Test
    void noSweepRunsOnceTheApplicationStopsAndTheNextStartFreesTheHold() throws SQLException {
        String booth = newBooth();
        booths.hold(booth, "EX-HUAWEI", "Huawei", 30, "organizer@test.expo-suite.org");
        ApplicationLifecycle application = ApplicationLifecycle.of(applicationNotRunning);
        application.shutdown();
        try {
            // expired only now: no sweep of the running scheduler can start any more and free it first
            endHold(booth);
            booths.expireHoldsOnSchedule();
            assertThat(status(booth)).as("the stopping application's sweep leaves the hold").isEqualTo("HELD");
            assertThat(history(booth)).containsExactly("HOLD");
        } finally {
            application.start();
        }
        booths.expireHoldsOnSchedule();
        assertThat(status(booth)).as("the first sweep after the start frees it").isEqualTo("FREE");
        assertThat(history(booth)).containsExactly("HOLD", "EXPIRE");
        assertThat(log.warnings()).isEmpty();
    }

    /** A pavilion of its own with one booth, through the organizer API; answers the booth's code. */
    private static String newBooth() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase(Locale.ROOT);
        String organizer = Jwt.upn("organizer@test.expo-suite.org").groups("organizer").expiresIn(3600).sign();
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body("""
                        {"code":"P%s","nameEn":"Frontier Technology","nameZh":"前沿技术馆","theme":"Frontier technology",
                         "hall":"Hall 3","areaM2":2400,"safeOccupancy":500,"floorWidthM":60,"floorDepthM":40,
                         "openHours":[{"day":"2018-05-26","opens":"09:00","closes":"18:00"}]}""".formatted(suffix))
                .post("/api/pavilions").then().statusCode(201);
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body("""
                        {"booths":[{"code":"B%s-1","type":"INLINE","x":0,"y":0,"width":3,"depth":3,"priceClass":"A"}]}"""
                        .formatted(suffix))
                .put("/api/pavilions/P" + suffix + "/floorplan").then().statusCode(200);
        return "B" + suffix + "-1";
    }

    /** Time passes: the hold ended before the service's clock. */
    private void endHold(String booth) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update booth set held_until = timestamptz '2018-05-27 09:00+08' where code = ?")) {
            s.setString(1, booth);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private String status(String booth) throws SQLException {
        return strings("select status from booth where code = ?", booth).get(0);
    }

    private List<String> history(String booth) throws SQLException {
        return strings("select h.action from booth_change h join booth b on b.id = h.booth_id where b.code = ? order by h.id", booth);
    }

    private List<String> strings(String sql, String booth) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, booth);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
