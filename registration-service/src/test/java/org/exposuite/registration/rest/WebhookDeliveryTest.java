package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.exposuite.platform.webhook.Deliveries;
import org.exposuite.platform.webhook.Events;
import org.exposuite.platform.webhook.WebhookDispatcher;
import org.exposuite.platform.webhook.WebhookProblem;
import org.exposuite.registration.service.RegistrationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookDeliveryTest {

    private static final String WEBHOOKS = "/api/webhooks/registration/subscriptions";
    // 10:00 in Guiyang on the first expo day.
    private static final Instant FIRST_DAY = Instant.parse("2018-05-26T02:00:00Z");

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    Deliveries deliveries;

    @Inject
    Events events;

    @Inject
    RegistrationService registrations;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AdjustableClock clock;

    @Inject
    ObjectMapper json;

    private final List<WebhookReceiver> receivers = new ArrayList<>();

    @AfterEach
    void removeSubscriptions() throws SQLException {
        clock.reset();
        receivers.forEach(WebhookReceiver::close);
        execute("delete from webhook_subscription");
    }

    private WebhookReceiver receiver() throws Exception {
        WebhookReceiver receiver = WebhookReceiver.start();
        receivers.add(receiver);
        return receiver;
    }

    static JsonPath subscribe(String url, String... types) {
        return given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body(Map.of("url", url, "types", List.of(types)))
                .post(WEBHOOKS).then().statusCode(201).extract().jsonPath();
    }

    /** Runs dispatcher rounds, as the schedule would, until the condition holds. */
    private void dispatchUntil(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("dispatched in time").isLessThan(deadline);
            dispatcher.dispatch();
            Thread.sleep(100);
        }
    }

    /** A few more rounds after the expected deliveries, so a duplicate would have had its chance to arrive. */
    private void dispatchSomeMore() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            dispatcher.dispatch();
            Thread.sleep(250);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyRegistrationEventArrivesOnceSignedWithAStableIdAndNoPersonalData() throws Exception {
        WebhookReceiver receiver = receiver();
        String secret = subscribe(receiver.url(), "registration.confirmed", "registration.cancelled",
                "registration.erased", "checkin.*", "waitlist.offered").getString("secret");
        assertThat(secret).startsWith("whsec_");

        String category = Expo.createCategory(Expo.newCode("H"), 1, "\"approvalRequired\":true");
        String email = Expo.newEmail();
        JsonPath created = Expo.register(Expo.registration(category, email, "[\"2018-05-26\"]")).then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        String attendee = created.getString("secret");
        given().auth().oauth2(Tokens.forRole("organizer")).post("/api/registrations/" + id + "/approval").then().statusCode(200);
        String waitingEmail = Expo.newEmail();
        given().contentType(ContentType.JSON).body(Expo.registration(category, waitingEmail, "[\"2018-05-26\"]"))
                .post("/api/waitlist").then().statusCode(201);

        String badge = BadgeCheckinTest.badgeOf(attendee).getString("token");
        clock.standAt(FIRST_DAY);
        BadgeCheckinTest.scan(badge, "North-1", "IN", UUID.randomUUID().toString()).then().statusCode(200).body("decision", equalTo("ADMIT"));
        BadgeCheckinTest.scan(badge, "North-2", "IN", UUID.randomUUID().toString()).then().statusCode(200).body("reason", equalTo("ALREADY_INSIDE"));
        clock.reset();
        given().auth().oauth2(attendee).post("/api/registrations/me/cancellation").then().statusCode(200);
        given().auth().oauth2(attendee).delete("/api/registrations/me").then().statusCode(204);

        dispatchUntil(() -> receiver.accepted().size() >= 6);
        dispatchSomeMore();

        List<WebhookReceiver.Received> received = receiver.all();
        assertThat(received).hasSize(6).allMatch(WebhookReceiver.Received::accepted);
        assertThat(received).allMatch(message -> WebhookReceiver.signedWith(secret, message), "signed with the subscription's secret");
        assertThat(received.stream().map(WebhookReceiver.Received::id).collect(Collectors.toSet())).hasSize(6);
        assertThat(received).allSatisfy(message -> assertThat(Math.abs(message.timestamp() - Instant.now().getEpochSecond())).isLessThan(300));
        List<JsonNode> bodies = received.stream().map(message -> read(message.body())).toList();
        List<String> ofRegistration = bodies.stream().filter(body -> id.equals(body.path("data").path("registrationId").asText()))
                .map(body -> body.get("type").asText()).toList();
        assertThat(ofRegistration).containsExactly("registration.confirmed", "checkin.admitted", "checkin.denied",
                "registration.cancelled", "registration.erased");
        JsonNode offered = bodies.stream().filter(body -> body.get("type").asText().equals("waitlist.offered")).findFirst().orElseThrow();
        assertThat(offered.path("data").path("category").asText()).isEqualTo(category);
        assertThat(offered.path("data").path("days").get(0).asText()).isEqualTo("2018-05-26");
        JsonNode admitted = bodies.stream().filter(body -> body.get("type").asText().equals("checkin.admitted")).findFirst().orElseThrow();
        assertThat(admitted.path("data").path("gate").asText()).isEqualTo("North-1");
        assertThat(admitted.path("edition").asText()).isEqualTo("China International Big Data Industry Expo 2018");
        assertThat(admitted.path("timestamp").asText()).isNotEmpty();
        JsonNode denied = bodies.stream().filter(body -> body.get("type").asText().equals("checkin.denied")).findFirst().orElseThrow();
        assertThat(denied.path("data").path("reason").asText()).isEqualTo("ALREADY_INSIDE");
        JsonNode cancelled = bodies.stream().filter(body -> body.get("type").asText().equals("registration.cancelled")).findFirst().orElseThrow();
        assertThat(cancelled.path("data").path("by").asText()).isEqualTo("attendee");

        // Nothing personal in what was sent, nor in the outbox the erased person left behind.
        String outbox = String.join("\n", strings("select cast(body as text) from webhook_event"));
        for (String personal : List.of(email, waitingEmail, "张", "伟", "Zhang Wei", "+86 138", "贵阳大数据交易所")) {
            assertThat(received).noneMatch(message -> message.body().contains(personal));
            assertThat(outbox).doesNotContain(personal);
        }
    }

    @Test
    void aReceiverFailingFiveTimesGetsTheEventsInOrderOnceItRecovers() throws Exception {
        WebhookReceiver receiver = receiver();
        String subscription = subscribe(receiver.url(), "test.sequence").getString("subscription.id");
        receiver.failNext(5);
        String subject = "registration/" + UUID.randomUUID();
        List<UUID> published = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            int n = i;
            published.add(QuarkusTransaction.requiringNew().call(() -> events.publish("test.sequence", subject, Map.of("n", n))));
        }

        dispatchUntil(() -> receiver.accepted().size() >= 3);
        dispatchSomeMore();

        List<WebhookReceiver.Received> all = receiver.all();
        assertThat(all).hasSize(8);
        // The first event is retried until it goes through; the later ones of its subject wait behind it.
        assertThat(all.subList(0, 5)).allMatch(message -> !message.accepted() && message.id().equals(published.get(0).toString()));
        assertThat(receiver.accepted().stream().map(WebhookReceiver.Received::id).toList())
                .containsExactly(published.stream().map(UUID::toString).toArray(String[]::new));
        JsonPath log = given().auth().oauth2(Tokens.forRole("organizer")).get(WEBHOOKS + "/" + subscription + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
        assertThat(log.getList("items.eventId")).containsExactly(published.get(2).toString(), published.get(1).toString(), published.get(0).toString());
        assertThat(log.getInt("items[2].attempts")).isEqualTo(6);
        assertThat(log.getString("items[2].status")).isEqualTo("DELIVERED");
        assertThat(log.getInt("items[2].lastStatus")).isEqualTo(204);
        assertThat(log.getInt("items[0].attempts")).isEqualTo(1);
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("expo_webhook_deliveries_total{outcome=\"delivered\"}"))
                .body(org.hamcrest.Matchers.containsString("expo_webhook_deliveries_total{outcome=\"failed\"}"));
    }

    @Test
    void aChangeThatRollsBackEmitsNothing() throws Exception {
        WebhookReceiver receiver = receiver();
        subscribe(receiver.url(), "registration.cancelled");
        String category = Expo.createCategory(Expo.newCode("R"), 10, null);
        JsonPath created = Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(201).extract().jsonPath();
        UUID id = UUID.fromString(created.getString("id"));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            registrations.cancel(id);
            throw new IllegalStateException("a later step of the same change fails");
        })).hasMessage("a later step of the same change fails");
        dispatchSomeMore();

        given().auth().oauth2(created.getString("secret")).get("/api/registrations/me").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        assertThat(count("select count(*) from webhook_event where type = 'registration.cancelled' and subject = 'registration/" + id + "'")).isZero();
        assertThat(receiver.all()).isEmpty();

        // The same change committed is reported: the rollback above is what kept it out.
        given().auth().oauth2(created.getString("secret")).post("/api/registrations/me/cancellation").then().statusCode(200);
        dispatchUntil(() -> receiver.accepted().size() == 1);
        assertThat(read(receiver.accepted().get(0).body()).get("type").asText()).isEqualTo("registration.cancelled");
    }

    @Test
    void twoDispatchersAtOnceSendEachEventOnce() throws Exception {
        WebhookReceiver receiver = receiver();
        subscribe(receiver.url(), "test.race");
        Set<String> published = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            published.add(QuarkusTransaction.requiringNew().call(() -> events.publish("test.race", "race/" + UUID.randomUUID(), Map.of())).toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    dispatchUntil(() -> receiver.accepted().size() >= published.size());
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        dispatchSomeMore();
        List<String> ids = receiver.all().stream().map(WebhookReceiver.Received::id).toList();
        assertThat(ids).hasSize(published.size());
        assertThat(Set.copyOf(ids)).isEqualTo(published);
    }

    @Test
    void claimsRacingOnTheSameRowsNeverShareOneButWouldWithoutSkipLocked() throws Exception {
        WebhookReceiver receiver = receiver();
        subscribe(receiver.url(), "test.claim");
        assertThat(overlapOfRacingClaims(Deliveries.CLAIM)).as("deliveries claimed by both").isZero();
        // Control: the same claim without its row locks hands the same deliveries to both dispatchers.
        String unlocked = Deliveries.CLAIM.replace("for update of c skip locked", "");
        assertThat(unlocked).isNotEqualTo(Deliveries.CLAIM);
        assertThat(overlapOfRacingClaims(unlocked)).as("deliveries claimed by both without skip locked").isPositive();
    }

    /** Two transactions claim at the same moment and commit a little later; answers how many deliveries both got. */
    private int overlapOfRacingClaims(String claim) throws Exception {
        execute("delete from webhook_delivery");
        for (int i = 0; i < 40; i++) {
            QuarkusTransaction.requiringNew().run(() -> events.publish("test.claim", "claim/" + UUID.randomUUID(), Map.of()));
        }
        deliveries.fanOut();
        // JDBC numbers its parameters by position: the lease comes first in the text, the limit second.
        String sql = claim.replace("?2", "?").replace("?1", "?");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Set<String>>> claims = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                claims.add(pool.submit(() -> {
                    try (Connection connection = dataSource.getConnection()) {
                        connection.setAutoCommit(false);
                        Set<String> mine = new HashSet<>();
                        start.await();
                        try (PreparedStatement statement = connection.prepareStatement(sql)) {
                            statement.setDouble(1, 60);
                            statement.setInt(2, 40);
                            try (ResultSet rows = statement.executeQuery()) {
                                while (rows.next()) {
                                    mine.add(rows.getString(2));
                                }
                            }
                        }
                        // Holding the claim a moment before committing lets the other claim start inside it.
                        Thread.sleep(300);
                        connection.commit();
                        return mine;
                    }
                }));
            }
            Set<String> first = claims.get(0).get();
            Set<String> second = claims.get(1).get();
            assertThat(first.size() + second.size()).as("claimed at all").isGreaterThanOrEqualTo(40);
            first.retainAll(second);
            return first.size();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDeliveryFailingForTooLongIsGivenUpAndStaysInTheLogUntilResent() throws Exception {
        WebhookReceiver receiver = receiver();
        String subscription = subscribe(receiver.url(), "test.giveup").getString("subscription.id");
        receiver.failNext(1_000);
        UUID event = QuarkusTransaction.requiringNew().call(() -> events.publish("test.giveup", "giveup/" + UUID.randomUUID(), Map.of()));
        dispatchUntil(() -> !receiver.all().isEmpty());
        // A day has passed since its first attempt.
        execute("update webhook_delivery set created_at = now() - interval '25 hours' where event_id = '" + event + "'");
        dispatchUntil(() -> count("select count(*) from webhook_delivery where status = 'FAILED' and event_id = '" + event + "'") == 1);

        String log = WEBHOOKS + "/" + subscription + "/deliveries";
        given().auth().oauth2(Tokens.forRole("organizer")).get(log).then().statusCode(200)
                .body("items[0].eventId", equalTo(event.toString()))
                .body("items[0].status", equalTo("FAILED"))
                .body("items[0].lastStatus", equalTo(500))
                .body("items[0].lastError", equalTo("the receiver answered HTTP 500"))
                .body("items[0].nextAttemptAt", equalTo(null));
        given().get("/q/metrics").then().body(org.hamcrest.Matchers.containsString("expo_webhook_deliveries_total{outcome=\"gave_up\"}"));

        receiver.failNext(0);
        given().auth().oauth2(Tokens.forRole("organizer")).post(log + "/" + event + "/resend").then().statusCode(202)
                .body("status", equalTo("PENDING"));
        dispatchUntil(() -> receiver.accepted().size() == 1);
        assertThat(receiver.accepted().get(0).id()).isEqualTo(event.toString());
        given().auth().oauth2(Tokens.forRole("organizer")).get(log).then().body("items[0].status", equalTo("DELIVERED"));
        given().auth().oauth2(Tokens.forRole("organizer")).post(log + "/" + UUID.randomUUID() + "/resend").then().statusCode(404)
                .body("type", equalTo(WebhookProblem.EVENT_NOT_FOUND.type().toString()));
    }

    @Test
    void organizersManageSubscriptionsAndSecretsRotateWithAnOverlap() throws Exception {
        WebhookReceiver receiver = receiver();
        JsonPath created = subscribe(receiver.url(), "registration.*");
        String id = created.getString("subscription.id");
        String oldSecret = created.getString("secret");
        String organizer = Tokens.forRole("organizer");

        given().auth().oauth2(organizer).get(WEBHOOKS).then().statusCode(200)
                .body("id", hasItem(id)).body(not(org.hamcrest.Matchers.containsString("whsec_")));
        given().auth().oauth2(organizer).get(WEBHOOKS + "/" + id).then().statusCode(200)
                .body("url", equalTo(receiver.url())).body("types", equalTo(List.of("registration.*"))).body("active", equalTo(true));
        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "types", List.of("registration.cancelled", "webhook.test")))
                .put(WEBHOOKS + "/" + id).then().statusCode(200).body("types", equalTo(List.of("registration.cancelled", "webhook.test")));

        // Another service's webhooks are not here; a wrong URL or type is refused by name.
        given().auth().oauth2(organizer).get("/api/webhooks/exhibitor/subscriptions").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo(WebhookProblem.SERVICE_NOT_HERE.type().toString()));
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("url", "ftp://example.org/x", "types", List.of("registration.*")))
                .post(WEBHOOKS).then().statusCode(400).body("type", equalTo(WebhookProblem.URL_NOT_ALLOWED.type().toString()));
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("url", receiver.url(), "types", List.of("Registration Created")))
                .post(WEBHOOKS).then().statusCode(400).body("violations.size()", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("url", receiver.url(), "types", List.of("registration.*")))
                .post(WEBHOOKS).then().statusCode(401);
        given().auth().oauth2(Tokens.forRole("scanner")).get(WEBHOOKS).then().statusCode(403);

        // After a rotation both secrets sign until the overlap ends.
        JsonPath rotated = given().auth().oauth2(organizer).post(WEBHOOKS + "/" + id + "/secret-rotation").then().statusCode(200).extract().jsonPath();
        String newSecret = rotated.getString("secret");
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);
        assertThat(Instant.parse(rotated.getString("previousSecretExpiresAt"))).isAfter(Instant.now().plus(Duration.ofHours(23)));
        String testEvent = given().auth().oauth2(organizer).post(WEBHOOKS + "/" + id + "/test-event").then().statusCode(202)
                .extract().path("eventId");
        dispatchUntil(() -> receiver.accepted().size() == 1);
        WebhookReceiver.Received test = receiver.accepted().get(0);
        assertThat(test.id()).isEqualTo(testEvent);
        assertThat(read(test.body()).get("type").asText()).isEqualTo("webhook.test");
        assertThat(test.signatures().split(" ")).hasSize(2);
        assertThat(WebhookReceiver.signedWith(newSecret, test)).isTrue();
        assertThat(WebhookReceiver.signedWith(oldSecret, test)).isTrue();
        assertThat(WebhookReceiver.signedWith(WebhookSignatureTestSecrets.OTHER, test)).isFalse();

        // Paused, it gets nothing; resumed, it gets what happens next.
        given().auth().oauth2(organizer).post(WEBHOOKS + "/" + id + "/pause").then().statusCode(200).body("active", equalTo(false));
        String category = Expo.createCategory(Expo.newCode("P"), 10, null);
        String attendee = Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(201).extract().path("secret");
        given().auth().oauth2(attendee).post("/api/registrations/me/cancellation").then().statusCode(200);
        dispatchSomeMore();
        assertThat(receiver.all()).hasSize(1);
        given().auth().oauth2(organizer).post(WEBHOOKS + "/" + id + "/resume").then().statusCode(200).body("active", equalTo(true));
        String later = Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(201).extract().path("secret");
        given().auth().oauth2(later).post("/api/registrations/me/cancellation").then().statusCode(200);
        dispatchUntil(() -> receiver.accepted().size() == 2);

        given().auth().oauth2(organizer).delete(WEBHOOKS + "/" + id).then().statusCode(204);
        given().auth().oauth2(organizer).get(WEBHOOKS + "/" + id).then().statusCode(404)
                .body("type", equalTo(WebhookProblem.SUBSCRIPTION_NOT_FOUND.type().toString()));
    }

    private long count(String sql) {
        return Expo.count(dataSource, sql);
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A secret the subscription never had. */
    private static final class WebhookSignatureTestSecrets {
        static final String OTHER = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    }
}
