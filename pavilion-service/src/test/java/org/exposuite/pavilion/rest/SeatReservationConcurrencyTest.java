package org.exposuite.pavilion.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seats are never oversold. The control runs the same race against a read-then-write reservation
 * (count read in Java, written back) and shows that the race does oversell.
 */
@QuarkusTest
class SeatReservationConcurrencyTest {

    static final int ATTENDEES = 200;
    static final int SEATS = 30;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoHundredParallelReservationsOnThirtySeatsLeaveExactlyThirty() throws Exception {
        long session = Fixtures.session(Fixtures.pavilion(1000), SEATS);
        List<String> badges = java.util.stream.IntStream.range(0, ATTENDEES).mapToObj(i -> Badges.forNewAttendee()).toList();

        List<Integer> statuses = Race.run(ATTENDEES, i -> given().header("Authorization", Badges.header(badges.get(i)))
                .post("/api/sessions/" + session + "/reservations").statusCode());

        assertThat(Race.count(statuses, 201)).isEqualTo(SEATS);
        assertThat(Race.count(statuses, 409)).isEqualTo(ATTENDEES - SEATS);
        assertThat(reservations(session)).isEqualTo(SEATS);
        assertThat(seatsTaken(session)).isEqualTo(SEATS);
        given().get("/api/sessions/" + session).then().statusCode(200)
                .body("seatsLeft", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void controlReadThenWriteReservationOversells() throws Exception {
        long session = Fixtures.session(Fixtures.pavilion(1000), SEATS);

        List<Integer> statuses = Race.run(ATTENDEES, i -> reserveWithoutGuard(session, UUID.randomUUID().toString()));

        long seated = Race.count(statuses, 201);
        System.out.printf("control (read-then-write seats): %d reservations stored for %d seats, seats_taken says %d%n",
                reservations(session), SEATS, seatsTaken(session));
        assertThat(seated).as("the race must catch an oversold session").isGreaterThan(SEATS);
        assertThat(reservations(session)).isGreaterThan(SEATS);
    }

    /** What the service would do without the guarded UPDATE: read the seats taken, decide in Java, write the count back. */
    private int reserveWithoutGuard(long session, String registrationId) {
        try (Connection c = dataSource.getConnection()) {
            int taken;
            int capacity;
            try (PreparedStatement read = c.prepareStatement("select seats_taken, seat_capacity from session where id = ?")) {
                read.setLong(1, session);
                try (ResultSet r = read.executeQuery()) {
                    r.next();
                    taken = r.getInt(1);
                    capacity = r.getInt(2);
                }
            }
            if (taken >= capacity) {
                return 409;
            }
            Thread.sleep(5); // the work a request does between its read and its write
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into session_reservation (session_id, registration_id, reserved_at) values (?, ?, now())");
                 PreparedStatement write = c.prepareStatement("update session set seats_taken = ? where id = ?")) {
                insert.setLong(1, session);
                insert.setString(2, registrationId);
                insert.executeUpdate();
                write.setInt(1, taken + 1);
                write.setLong(2, session);
                write.executeUpdate();
            }
            return 201;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long reservations(long session) throws Exception {
        return single("select count(*) from session_reservation where session_id = ?", session);
    }

    private long seatsTaken(long session) throws Exception {
        return single("select seats_taken from session where id = ?", session);
    }

    private long single(String sql, long session) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, session);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
