package org.exposuite.pavilion.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.exposuite.pavilion.api.PavilionEvent;
import org.exposuite.testfixtures.RecordedEvents;
import org.junit.jupiter.api.Test;

/**
 * A pavilion reports once when it fills to its safe limit and once when it has room again, a session once when its last
 * seat goes and once when a seat frees up again: each crossing decided by the guarded update that made it.
 */
@QuarkusTest
class CrowdEventsTest {

    static final int LIMIT = 25;
    static final int VISITORS = 80;

    @Inject
    RecordedEvents recorded;

    @Inject
    AgroalDataSource dataSource;

    private static ValidatableResponse scan(String pavilion, String badge, String direction) {
        return given().auth().oauth2(Tokens.forRole("scanner")).contentType(ContentType.JSON)
                .body("{\"badgeToken\":\"%s\",\"direction\":\"%s\",\"nonce\":\"%s\"}".formatted(badge, direction, UUID.randomUUID()))
                .post("/api/pavilions/" + pavilion + "/scans").then();
    }

    private static ValidatableResponse reserve(long session, String badge) {
        return given().header("Authorization", Badges.header(badge)).post("/api/sessions/" + session + "/reservations").then();
    }

    private static ValidatableResponse cancel(long session, String badge) {
        return given().header("Authorization", Badges.header(badge)).delete("/api/sessions/" + session + "/reservations").then();
    }

    private List<String> typesAbout(String subject) {
        return recorded.about(subject).stream().map(RecordedEvents.Event::type).toList();
    }

    private long fullEventsOf(String pavilion) {
        return recorded.count(PavilionEvent.PAVILION_FULL.type(), PavilionEvent.PAVILION_FULL.subject(pavilion));
    }

    private static void assertCounts(JsonNode body, String pavilion, int occupancy, int limit) {
        assertThat(body.get("pavilionCode").asText()).isEqualTo(pavilion);
        assertThat(body.get("occupancy").asInt()).isEqualTo(occupancy);
        assertThat(body.get("safeOccupancy").asInt()).isEqualTo(limit);
    }

    @Test
    void thePavilionReportsFullAtItsLimitAndReopenedWhenSomeoneLeaves() {
        String pavilion = Fixtures.pavilion(3);
        String subject = PavilionEvent.PAVILION_FULL.subject(pavilion);
        String visitorId = UUID.randomUUID().toString();
        String visitor = Badges.forAttendee(visitorId);
        scan(pavilion, visitor, "IN").statusCode(200);
        scan(pavilion, Badges.forNewAttendee(), "IN").statusCode(200);
        assertThat(typesAbout(subject)).isEmpty();

        scan(pavilion, Badges.forNewAttendee(), "IN").statusCode(200);
        scan(pavilion, Badges.forNewAttendee(), "IN").statusCode(409); // refused at the limit: reports nothing more
        assertThat(typesAbout(subject)).containsExactly("pavilion.full");

        scan(pavilion, visitor, "OUT").statusCode(200);
        scan(pavilion, Badges.forNewAttendee(), "OUT").statusCode(200); // further below the limit: nothing new
        assertThat(typesAbout(subject)).containsExactly("pavilion.full", "pavilion.reopened");

        scan(pavilion, Badges.forNewAttendee(), "IN").statusCode(200);
        scan(pavilion, Badges.forNewAttendee(), "IN").statusCode(200);
        List<RecordedEvents.Event> events = recorded.about(subject);
        assertThat(events).extracting(RecordedEvents.Event::type)
                .containsExactly("pavilion.full", "pavilion.reopened", "pavilion.full");
        assertCounts(events.get(0).body(), pavilion, 3, 3);
        assertCounts(events.get(1).body(), pavilion, 2, 3);
        assertCounts(events.get(2).body(), pavilion, 3, 3);
        // no badge or person, only counts
        assertThat(events).allSatisfy(e -> assertThat(e.json()).doesNotContain(visitorId));
    }

    private static ValidatableResponse changeLimit(String pavilion, int safeOccupancy) {
        String change = Fixtures.pavilionJson("IGNORED", safeOccupancy, 60, 40).replace("\"code\":\"IGNORED\",", "");
        return given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(change)
                .put("/api/pavilions/" + pavilion).then();
    }

    @Test
    void anOrganizersNewLimitFillsThePavilionOrGivesItRoomAgain() {
        String pavilion = Fixtures.pavilion(5);
        String subject = PavilionEvent.PAVILION_FULL.subject(pavilion);
        scan(pavilion, Badges.forNewAttendee(), "IN").statusCode(200);
        scan(pavilion, Badges.forNewAttendee(), "IN").statusCode(200);

        changeLimit(pavilion, 4).statusCode(200); // still room: nothing to report
        changeLimit(pavilion, 1).statusCode(409); // refused below the people inside
        assertThat(typesAbout(subject)).isEmpty();
        changeLimit(pavilion, 2).statusCode(200);
        changeLimit(pavilion, 2).statusCode(200); // full already
        changeLimit(pavilion, 3).statusCode(200);

        List<RecordedEvents.Event> events = recorded.about(subject);
        assertThat(events).extracting(RecordedEvents.Event::type).containsExactly("pavilion.full", "pavilion.reopened");
        assertCounts(events.get(0).body(), pavilion, 2, 2);
        assertCounts(events.get(1).body(), pavilion, 2, 3);
    }

    @Test
    void manyParallelEntriesAtTheLimitReportFullOnce() throws Exception {
        String pavilion = Fixtures.pavilion(LIMIT);
        String scanner = Tokens.forRole("scanner");
        List<String> badges = IntStream.range(0, VISITORS).mapToObj(i -> Badges.forNewAttendee()).toList();

        List<Integer> statuses = Race.run(VISITORS, i -> given().auth().oauth2(scanner).contentType(ContentType.JSON)
                .body("{\"badgeToken\":\"%s\",\"direction\":\"IN\",\"nonce\":\"%s\"}".formatted(badges.get(i), UUID.randomUUID()))
                .post("/api/pavilions/" + pavilion + "/scans").statusCode());

        assertThat(Race.count(statuses, 200)).isEqualTo(LIMIT);
        assertThat(fullEventsOf(pavilion)).isEqualTo(1);
        assertThat(recorded.count(PavilionEvent.PAVILION_REOPENED.type(), PavilionEvent.PAVILION_REOPENED.subject(pavilion))).isZero();
    }

    @Test
    void controlDecidingFullFromAReadOfTheCountReportsItMoreThanOnce() throws Exception {
        String pavilion = Fixtures.pavilion(LIMIT);

        List<Integer> statuses = Race.run(VISITORS, i -> enterAndReadWhetherFull(pavilion));

        System.out.printf("control (full decided from a read after the entry): %d admitted, %d pavilion.full events%n",
                Race.count(statuses, 200), fullEventsOf(pavilion));
        assertThat(Race.count(statuses, 200)).isEqualTo(LIMIT);
        assertThat(fullEventsOf(pavilion)).as("the count must catch a second pavilion.full").isGreaterThan(1);
    }

    /** What the service would do if it read the count after an entry instead of taking the guarded update's result. */
    private int enterAndReadWhetherFull(String pavilion) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement enter = c.prepareStatement(
                    "update pavilion set occupancy = occupancy + 1 where code = ? and occupancy < safe_occupancy")) {
                enter.setString(1, pavilion);
                if (enter.executeUpdate() == 0) {
                    return 409;
                }
            }
            Thread.sleep(50); // the work a request does between its entry and its read
            try (PreparedStatement read = c.prepareStatement("select occupancy >= safe_occupancy from pavilion where code = ?")) {
                read.setString(1, pavilion);
                try (ResultSet r = read.executeQuery()) {
                    r.next();
                    if (!r.getBoolean(1)) {
                        return 200;
                    }
                }
            }
            try (PreparedStatement publish = c.prepareStatement("""
                    insert into webhook_event (id, type, subject, occurred_at, body)
                    values (?, ?, ?, now(), cast('{}' as jsonb))""")) {
                publish.setObject(1, UUID.randomUUID());
                publish.setString(2, PavilionEvent.PAVILION_FULL.type());
                publish.setString(3, PavilionEvent.PAVILION_FULL.subject(pavilion));
                publish.executeUpdate();
            }
            return 200;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSessionReportsFullAtItsLastSeatAndReopenedWhenASeatFreesUp() {
        String pavilion = Fixtures.pavilion(1000);
        long session = Fixtures.session(pavilion, 2);
        String subject = PavilionEvent.SESSION_FULL.subject(session);
        String firstId = UUID.randomUUID().toString();
        String first = Badges.forAttendee(firstId);
        String second = Badges.forNewAttendee();

        reserve(session, first).statusCode(201);
        assertThat(typesAbout(subject)).isEmpty();
        reserve(session, second).statusCode(201);
        reserve(session, second).statusCode(200); // the same attendee again: already had the seat
        reserve(session, Badges.forNewAttendee()).statusCode(409);
        assertThat(typesAbout(subject)).containsExactly("session.full");

        cancel(session, first).statusCode(204);
        cancel(session, first).statusCode(204); // had no seat any more: nothing changes
        cancel(session, second).statusCode(204); // a second free seat: the session was open already
        assertThat(typesAbout(subject)).containsExactly("session.full", "session.reopened");

        List<RecordedEvents.Event> events = recorded.about(subject);
        JsonNode full = events.get(0).body();
        assertThat(full.get("sessionId").asLong()).isEqualTo(session);
        assertThat(full.get("pavilionCode").asText()).isEqualTo(pavilion);
        assertThat(full.get("seatCapacity").asInt()).isEqualTo(2);
        JsonNode reopened = events.get(1).body();
        assertThat(reopened.get("sessionId").asLong()).isEqualTo(session);
        assertThat(reopened.get("seatCapacity").asInt()).isEqualTo(2);
        assertThat(reopened.get("seatsLeft").asInt()).isEqualTo(1);
        assertThat(events).allSatisfy(e -> assertThat(e.json()).doesNotContain(firstId));
    }

    @Test
    void anOrganizersNewCapacityFillsTheSessionOrGivesItSeatsAgain() {
        String pavilion = Fixtures.pavilion(1000);
        long session = Fixtures.session(pavilion, 5);
        String subject = PavilionEvent.SESSION_FULL.subject(session);
        reserve(session, Badges.forNewAttendee()).statusCode(201);
        reserve(session, Badges.forNewAttendee()).statusCode(201);
        String stage = given().get("/api/sessions/" + session).path("stage");

        changeCapacity(session, pavilion, stage, 3).statusCode(200); // a seat is still free
        changeCapacity(session, pavilion, stage, 1).statusCode(409); // refused below the reservations
        assertThat(typesAbout(subject)).isEmpty();
        changeCapacity(session, pavilion, stage, 2).statusCode(200);
        changeCapacity(session, pavilion, stage, 10).statusCode(200);

        List<RecordedEvents.Event> events = recorded.about(subject);
        assertThat(events).extracting(RecordedEvents.Event::type).containsExactly("session.full", "session.reopened");
        assertThat(events.get(0).body().get("seatCapacity").asInt()).isEqualTo(2);
        assertThat(events.get(1).body().get("seatCapacity").asInt()).isEqualTo(10);
        assertThat(events.get(1).body().get("seatsLeft").asInt()).isEqualTo(8);
        assertThat(events.get(1).body().get("pavilionCode").asText()).isEqualTo(pavilion);
    }

    private static ValidatableResponse changeCapacity(long session, String pavilion, String stage, int seats) {
        return given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body(Fixtures.sessionJson(pavilion, stage, "2018-05-27T14:00:00+08:00", "2018-05-27T16:00:00+08:00", seats))
                .put("/api/sessions/" + session).then();
    }

    @Test
    void manyParallelReservationsOfTheLastSeatsReportFullOnce() throws Exception {
        long session = Fixtures.session(Fixtures.pavilion(1000), 10);
        List<String> badges = IntStream.range(0, 60).mapToObj(i -> Badges.forNewAttendee()).toList();

        List<Integer> statuses = Race.run(badges.size(), i -> given().header("Authorization", Badges.header(badges.get(i)))
                .post("/api/sessions/" + session + "/reservations").statusCode());

        assertThat(Race.count(statuses, 201)).isEqualTo(10);
        assertThat(recorded.count(PavilionEvent.SESSION_FULL.type(), PavilionEvent.SESSION_FULL.subject(session))).isEqualTo(1);
    }
}
