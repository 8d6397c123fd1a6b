package org.exposuite.pavilion.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.exposuite.pavilion.api.PavilionEvent;
import org.exposuite.testfixtures.RecordedEvents;
import org.junit.jupiter.api.Test;

/** Booth assignments and vacancies are reported once each, in the transaction that made them; refusals report nothing. */
@QuarkusTest
class BoothEventsTest {

    @Inject
    RecordedEvents recorded;

    private static ValidatableResponse assign(String booth, String exhibitorId) {
        return given().auth().oauth2(Tokens.forRole("service")).contentType(ContentType.JSON)
                .body("{\"exhibitorId\":\"%s\",\"exhibitorName\":\"Alibaba Cloud\"}".formatted(exhibitorId))
                .put("/api/booths/" + booth + "/assignment").then();
    }

    private static ValidatableResponse vacate(String booth, String exhibitorId) {
        return given().auth().oauth2(Tokens.forRole("service")).queryParam("exhibitorId", exhibitorId)
                .delete("/api/booths/" + booth + "/assignment").then();
    }

    private static ValidatableResponse move(String exhibitorId, String from, String to) {
        return given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body("{\"exhibitorId\":\"%s\",\"fromBooth\":\"%s\",\"toBooth\":\"%s\"}".formatted(exhibitorId, from, to))
                .post("/api/booths/moves").then();
    }

    private List<RecordedEvents.Event> eventsOf(String booth) {
        return recorded.about(PavilionEvent.BOOTH_ASSIGNED.subject(booth));
    }

    private static List<String> fieldsOf(JsonNode body) {
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    private static void assertBody(RecordedEvents.Event event, String booth, String pavilion, String exhibitorId) {
        assertThat(event.subject()).isEqualTo("booth/" + booth);
        assertThat(fieldsOf(event.body())).containsExactlyInAnyOrder("boothCode", "pavilionCode", "exhibitorId");
        assertThat(event.body().get("boothCode").asText()).isEqualTo(booth);
        assertThat(event.body().get("pavilionCode").asText()).isEqualTo(pavilion);
        assertThat(event.body().get("exhibitorId").asText()).isEqualTo(exhibitorId);
    }

    @Test
    void anAssignmentWritesOneAssignedEventAndNeitherItsRepetitionNorAnotherExhibitorWritesMore() {
        String pavilion = Fixtures.pavilion(1000);
        String booth = Fixtures.pavilionWithBooths(pavilion, 1).get(0);

        assign(booth, "EX-ALIBABA").statusCode(200);
        assign(booth, "EX-ALIBABA").statusCode(200);
        assign(booth, "EX-TENCENT").statusCode(409);

        List<RecordedEvents.Event> events = eventsOf(booth);
        assertThat(events).extracting(RecordedEvents.Event::type).containsExactly("booth.assigned");
        assertBody(events.get(0), booth, pavilion, "EX-ALIBABA");
    }

    @Test
    void vacatingWritesOneVacatedEventAndARefusedOrRepeatedVacancyWritesNone() {
        String pavilion = Fixtures.pavilion(1000);
        String booth = Fixtures.pavilionWithBooths(pavilion, 1).get(0);
        assign(booth, "EX-INTEL").statusCode(200);

        vacate(booth, "EX-APPLE").statusCode(409);
        vacate(booth, "EX-INTEL").statusCode(204);
        vacate(booth, "EX-INTEL").statusCode(204);

        List<RecordedEvents.Event> events = eventsOf(booth);
        assertThat(events).extracting(RecordedEvents.Event::type)
                .containsExactly(PavilionEvent.BOOTH_ASSIGNED.type(), PavilionEvent.BOOTH_VACATED.type());
        assertBody(events.get(1), booth, pavilion, "EX-INTEL");
    }

    @Test
    void anOrganizerFreeingABoothNamesTheExhibitorThatHadIt() {
        String pavilion = Fixtures.pavilion(1000);
        String booth = Fixtures.pavilionWithBooths(pavilion, 1).get(0);
        assign(booth, "EX-HUAWEI").statusCode(200);

        given().auth().oauth2(Tokens.forRole("organizer")).delete("/api/booths/" + booth + "/assignment").then().statusCode(204);

        List<RecordedEvents.Event> events = eventsOf(booth);
        assertThat(events).extracting(RecordedEvents.Event::type)
                .containsExactly(PavilionEvent.BOOTH_ASSIGNED.type(), PavilionEvent.BOOTH_VACATED.type());
        assertBody(events.get(1), booth, pavilion, "EX-HUAWEI");
    }

    @Test
    void releasingAHoldEndsNoAssignmentAndWritesNoEvent() {
        String booth = Fixtures.pavilionWithBooths(Fixtures.pavilion(1000), 1).get(0);
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body("{\"exhibitorId\":\"EX-BAIDU\",\"exhibitorName\":\"Baidu\",\"minutes\":30}")
                .post("/api/booths/" + booth + "/hold").then().statusCode(200);

        vacate(booth, "EX-BAIDU").statusCode(204);

        assertThat(eventsOf(booth)).isEmpty();
    }

    @Test
    void aMoveWritesTheVacancyOfTheOldBoothAndTheAssignmentOfTheNewOneTogether() {
        String pavilion = Fixtures.pavilion(1000);
        List<String> booths = Fixtures.pavilionWithBooths(pavilion, 3);
        String from = booths.get(0);
        String to = booths.get(1);
        String taken = booths.get(2);
        assign(from, "EX-CLOUD").statusCode(200);
        assign(taken, "EX-MOBILE").statusCode(200);

        move("EX-CLOUD", from, taken).statusCode(409);
        assertThat(eventsOf(from)).hasSize(1);
        move("EX-CLOUD", from, to).statusCode(200);
        move("EX-CLOUD", from, to).statusCode(200); // the same move again changes nothing

        List<RecordedEvents.Event> left = eventsOf(from);
        assertThat(left).extracting(RecordedEvents.Event::type)
                .containsExactly(PavilionEvent.BOOTH_ASSIGNED.type(), PavilionEvent.BOOTH_VACATED.type());
        assertBody(left.get(1), from, pavilion, "EX-CLOUD");
        List<RecordedEvents.Event> arrived = eventsOf(to);
        assertThat(arrived).extracting(RecordedEvents.Event::type).containsExactly(PavilionEvent.BOOTH_ASSIGNED.type());
        assertBody(arrived.get(0), to, pavilion, "EX-CLOUD");
        assertThat(recorded.sequenceOf(PavilionEvent.BOOTH_VACATED.type(), PavilionEvent.BOOTH_VACATED.subject(from)))
                .isLessThan(recorded.sequenceOf(PavilionEvent.BOOTH_ASSIGNED.type(), PavilionEvent.BOOTH_ASSIGNED.subject(to)));
        assertThat(eventsOf(taken)).hasSize(1);
    }

    @Test
    void anAssignmentRolledBackAfterItsDeadlineWritesNoEvent() {
        String booth = Fixtures.pavilionWithBooths(Fixtures.pavilion(1000), 1).get(0);

        // the booth is taken, then the passed deadline undoes the whole transaction
        given().auth().oauth2(Tokens.forRole("service")).contentType(ContentType.JSON)
                .header("Expo-Deadline", Instant.now().minusSeconds(5).toString())
                .body("{\"exhibitorId\":\"EX-LENOVO\",\"exhibitorName\":\"Lenovo\"}")
                .put("/api/booths/" + booth + "/assignment").then().statusCode(408);

        assertThat(eventsOf(booth)).isEmpty();
        given().get("/api/booths/" + booth).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("FREE"));
    }
}
