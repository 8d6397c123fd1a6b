package org.exposuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.exposuite.systemtests.Suite.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An organizer's receiver subscribed through the gateway gets registration-service's events signed per Standard
 * Webhooks, and a send cut off by a crash of the service is made again after its restart.
 */
@SystemTest
class WebhooksIT {

    private static final String WEBHOOKS = "/api/webhooks/registration/subscriptions";

    @Test
    void aReceiverSubscribedThroughTheGatewayGetsAVisitorsRegistrationAndEntry() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String secret = subscribe(receiver.url(), "registration.*", "checkin.*").getString("secret");
            String category = OrganizerApi.category("Webhook day pass", "网络钩子日票", 10);
            JsonPath registered = OrganizerApi.registered(category, OrganizerApi.uniqueEmail("webhook"));
            String id = registered.getString("id");
            String badge = given().auth().oauth2(registered.getString("secret")).get("/api/registrations/me/badge")
                    .then().statusCode(200).extract().path("token");
            given().auth().oauth2(Suite.token("scanner")).contentType(ContentType.JSON)
                    .body(Map.of("badgeToken", badge, "gate", "North-1", "direction", "IN", "nonce", UUID.randomUUID().toString()))
                    .post("/api/checkins").then().statusCode(200).body("decision", equalTo("ADMIT"));

            Predicate<Receiver.Message> ofVisitor = message -> message.body().contains(id);
            receiver.await(messages -> messages.stream().filter(ofVisitor).anyMatch(message -> message.body().contains("\"checkin.admitted\"")));
            Suite.sleep(Duration.ofSeconds(3));

            // Every event the outbox recorded for this visitor (registration.created, then checkin.admitted) arrives once,
            // in the order recorded, signed with the subscription's secret.
            List<String> recorded = recordedEventIds("registration/" + id);
            List<Receiver.Message> arrived = receiver.messages().stream().filter(ofVisitor).toList();
            assertThat(arrived).extracting(Receiver.Message::id).containsExactlyElementsOf(recorded);
            assertThat(arrived).hasSize(2);
            assertThat(arrived.get(0).body()).contains("\"type\":\"registration.created\"").contains("\"category\":\"" + category + "\"");
            assertThat(arrived).allMatch(message -> message.signedWith(secret));
            assertThat(arrived.get(arrived.size() - 1).body()).contains("\"type\":\"checkin.admitted\"").contains("\"gate\":\"North-1\"");
            assertThat(arrived).noneMatch(message -> message.body().contains("Zhao") || message.body().contains("@visitor."));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration", "exhibitor", "pavilion"})
    void theGatewayRoutesEachServicesWebhooksToThatService(String service) {
        given().auth().oauth2(Suite.token("organizer")).get("/api/webhooks/" + service + "/subscriptions")
                .then().statusCode(200).contentType(ContentType.JSON);
        // Each service answers for its own name only: a service reached directly under another's name says not found.
        String other = service.equals("pavilion") ? "registration" : "pavilion";
        given().auth().oauth2(Suite.token("organizer")).get(Service.valueOf(service.toUpperCase(java.util.Locale.ROOT)).directUri()
                        + "/api/webhooks/" + other + "/subscriptions")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://problems.expo-suite.org/webhooks-not-found"));
    }

    @Test
    void productionRefusesAReceiverInsideThePrivateNetwork() {
        given().auth().oauth2(Suite.token("organizer")).contentType(ContentType.JSON)
                .body(Map.of("url", "https://10.20.30.40/hook", "types", List.of("registration.*")))
                .post(WEBHOOKS).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://problems.expo-suite.org/webhook-url-not-allowed"));
        given().auth().oauth2(Suite.token("organizer")).contentType(ContentType.JSON)
                .body(Map.of("url", "https://169.254.169.254/latest/meta-data", "types", List.of("registration.*")))
                .post(WEBHOOKS).then().statusCode(400)
                .body("type", equalTo("https://problems.expo-suite.org/webhook-url-not-allowed"));
    }

    @Test
    void aSendCutOffByACrashIsMadeAgainAfterTheRestart() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.holdFirst();
            JsonPath subscription = subscribe(receiver.url(), "registration.cancelled");
            String secret = subscription.getString("secret");
            String category = OrganizerApi.category("Webhook crash pass", "网络钩子票", 10);
            JsonPath registered = OrganizerApi.registered(category, OrganizerApi.uniqueEmail("crash"));
            given().auth().oauth2(registered.getString("secret")).post("/api/registrations/me/cancellation").then().statusCode(200);

            // The delivery is claimed and committed, and its send is under way: now the service dies.
            assertThat(receiver.held.await(60, TimeUnit.SECONDS)).as("the first send reached the receiver").isTrue();
            Suite.kill(Service.REGISTRATION);
            receiver.release.countDown();
            Suite.start(Service.REGISTRATION);

            receiver.await(messages -> messages.stream().anyMatch(Receiver.Message::accepted));
            Receiver.Message first = receiver.messages().get(0);
            Receiver.Message delivered = receiver.messages().stream().filter(Receiver.Message::accepted).findFirst().orElseThrow();
            assertThat(first.accepted()).as("the send cut off by the crash").isFalse();
            assertThat(delivered.id()).as("the same event, under the same webhook-id").isEqualTo(first.id());
            assertThat(delivered.signedWith(secret)).isTrue();
            assertThat(delivered.body()).contains(registered.getString("id")).contains("\"registration.cancelled\"");
            given().auth().oauth2(Suite.token("organizer")).get(WEBHOOKS + "/" + subscription.getString("subscription.id") + "/deliveries")
                    .then().statusCode(200).body("items[0].eventId", equalTo(first.id())).body("items[0].status", equalTo("DELIVERED"));
        }
    }

    private static JsonPath subscribe(String url, String... types) {
        return given().auth().oauth2(Suite.token("organizer")).contentType(ContentType.JSON)
                .body(Map.of("url", url, "types", List.of(types)))
                .post(WEBHOOKS).then().statusCode(201).extract().jsonPath();
    }

    private static List<String> recordedEventIds(String subject) throws Exception {
        try (Connection connection = SuiteDatabases.open(Service.REGISTRATION);
             PreparedStatement statement = connection.prepareStatement("select id from webhook_event where subject = ? order by seq")) {
            statement.setString(1, subject);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    /** A receiver on this machine: records what it is sent; may hold the first request until told to let it go. */
    private static final class Receiver implements AutoCloseable {

        record Message(String id, long timestamp, String signatures, String body, boolean accepted) {
            boolean signedWith(String secret) {
                try {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
                    byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
                    for (String signature : signatures.split(" ")) {
                        if (MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring("v1,".length())))) {
                            return true;
                        }
                    }
                    return false;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        private final HttpServer server;
        private final List<Message> messages = new ArrayList<>();
        private volatile boolean holdFirst;
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/hook", exchange -> {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                boolean hold;
                synchronized (messages) {
                    hold = holdFirst && messages.isEmpty();
                    messages.add(new Message(exchange.getRequestHeaders().getFirst("webhook-id"),
                            Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp")),
                            exchange.getRequestHeaders().getFirst("webhook-signature"),
                            new String(body, StandardCharsets.UTF_8), !hold));
                }
                if (hold) {
                    held.countDown();
                    try {
                        release.await(120, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                try {
                    exchange.sendResponseHeaders(hold ? 503 : 204, -1);
                } catch (IOException gone) {
                    // the sender died meanwhile
                }
                exchange.close();
            });
            server.start();
        }

        void holdFirst() {
            holdFirst = true;
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        List<Message> messages() {
            synchronized (messages) {
                return List.copyOf(messages);
            }
        }

        void await(Predicate<List<Message>> done) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!done.test(messages())) {
                assertThat(System.nanoTime()).as("webhooks arrived in time; got %s", messages()).isLessThan(deadline);
                Suite.sleep(Duration.ofMillis(200));
            }
        }

        /** Deletes the subscriptions made for this receiver, so later scenarios send nothing to it. */
        @Override
        public void close() {
            String url = url();
            release.countDown();
            server.stop(0);
            for (String id : given().auth().oauth2(Suite.token("organizer")).get(WEBHOOKS).then().statusCode(200).extract().jsonPath()
                    .<String>getList("findAll { it.url == '" + url + "' }.id")) {
                given().auth().oauth2(Suite.token("organizer")).delete(WEBHOOKS + "/" + id).then().statusCode(204);
            }
        }
    }
}
