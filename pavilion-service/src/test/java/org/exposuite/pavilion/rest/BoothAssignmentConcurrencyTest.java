package org.exposuite.pavilion.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A booth never has two exhibitors, whatever the concurrency. The control runs the same race against a
 * read-then-write assignment (no guard in the UPDATE) and shows that the race does hand one booth to several exhibitors.
 */
@QuarkusTest
class BoothAssignmentConcurrencyTest {

    static final int EXHIBITORS = 50;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void fiftyParallelAssignmentsOfDifferentExhibitorsLeaveExactlyOne() throws Exception {
        String booth = Fixtures.pavilionWithBooths(Fixtures.pavilion(1000), 1).get(0);
        String token = Tokens.forRole("service");

        List<Integer> statuses = Race.run(EXHIBITORS, i -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"exhibitorId\":\"EX-%d\",\"exhibitorName\":\"Exhibitor %d\"}".formatted(i, i))
                .put("/api/booths/" + booth + "/assignment").statusCode());

        assertThat(Race.count(statuses, 200)).isEqualTo(1);
        assertThat(Race.count(statuses, 409)).isEqualTo(EXHIBITORS - 1);
        String winner = "EX-" + statuses.indexOf(200);
        assertThat(stored(booth)).isEqualTo("ASSIGNED " + winner);
        assertThat(assignmentsRecorded(booth)).isEqualTo(1);
    }

    @Test
    void controlReadThenWriteAssignmentHandsOneBoothToSeveralExhibitors() throws Exception {
        String booth = Fixtures.pavilionWithBooths(Fixtures.pavilion(1000), 1).get(0);

        List<Integer> statuses = Race.run(EXHIBITORS, i -> assignWithoutGuard(booth, "EX-" + i));

        long told = Race.count(statuses, 200);
        System.out.printf("control (read-then-write booth assignment): %d of %d exhibitors were told they got booth %s%n",
                told, EXHIBITORS, booth);
        assertThat(told).as("the race must catch a double assignment").isGreaterThan(1);
    }

    /** What the service would do without the guarded UPDATE: read the status, decide in Java, write unconditionally. */
    private int assignWithoutGuard(String booth, String exhibitorId) {
        try {
            String status;
            try (Connection c = dataSource.getConnection();
                 PreparedStatement read = c.prepareStatement("select status from booth where code = ?")) {
                read.setString(1, booth);
                try (ResultSet r = read.executeQuery()) {
                    r.next();
                    status = r.getString(1);
                }
            }
            if (!"FREE".equals(status)) {
                return 409;
            }
            Thread.sleep(20); // the work a request does between its read and its write
            try (Connection c = dataSource.getConnection();
                 PreparedStatement write = c.prepareStatement(
                         "update booth set status = 'ASSIGNED', exhibitor_id = ?, exhibitor_name = ? where code = ?")) {
                write.setString(1, exhibitorId);
                write.setString(2, exhibitorId);
                write.setString(3, booth);
                write.executeUpdate();
            }
            return 200;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String stored(String booth) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select status, exhibitor_id from booth where code = ?")) {
            s.setString(1, booth);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1) + " " + r.getString(2);
            }
        }
    }

    private long assignmentsRecorded(String booth) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select count(*) from booth_change h join booth b on b.id = h.booth_id where b.code = ? and h.action = 'ASSIGN'")) {
            s.setString(1, booth);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
