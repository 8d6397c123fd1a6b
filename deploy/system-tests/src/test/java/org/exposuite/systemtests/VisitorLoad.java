package org.exposuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A steady crowd through one gateway while a test breaks something: visitors who register (each registration with its
 * own Idempotency-Key, retried with that key until it is acknowledged, as a careful client does) and visitors who
 * browse the public pages of all three services. Every answer is recorded with the moment it came.
 *
 * <p>The pace is modest (a short pause after each request) and stays below the gateway's registration limit of the
 * suites the tests start.
 */
final class VisitorLoad implements AutoCloseable {

    /** What browsing visitors read, one public list of each service. */
    /** Asks the gateway for the service's own answer: whether a service answers is never read from the gateway's cache. */
    static final String FRESH = "no-cache";
    static final List<String> BROWSED = List.of("/api/categories", "/api/pavilions", "/api/exhibitors", "/api/sessions");

    private static final Duration PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_RETRY_WAIT = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * One answer a visitor got: status 0 when no answer came at all (connection refused or cut).
     *
     * @param path the request's path, POST /api/registrations for a registration attempt
     */
    record Answer(long atNanos, String path, int status, Duration took, String contentType, Optional<String> retryAfter,
            String problemType) {

        boolean registration() {
            return path.startsWith("POST ");
        }

        boolean problem() {
            return contentType.startsWith("application/problem+json");
        }
    }

    /** One registration a visitor made: its attempts' statuses and, once acknowledged (201), the registration id. */
    record Registration(String idempotencyKey, String email, List<Integer> statuses, String id, boolean replayed) {

        boolean acknowledged() {
            return id != null;
        }
    }

    private final String gateway;
    private final String category;
    private final String run = OrganizerApi.randomCode(8).toLowerCase(Locale.ROOT);
    private final ExecutorService visitors;
    private final List<Future<?>> running = new ArrayList<>();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Registration> registrations = new ConcurrentLinkedQueue<>();
    private volatile boolean stopping;
    /** After this moment (System.nanoTime) a registration still unacknowledged is given up. */
    private volatile long giveUpAt = Long.MAX_VALUE;

    private VisitorLoad(String gateway, String category, int registering, int browsing) {
        this.gateway = gateway;
        this.category = category;
        this.visitors = Executors.newFixedThreadPool(registering + browsing);
        for (int i = 0; i < registering; i++) {
            int visitor = i;
            running.add(visitors.submit(() -> register(visitor)));
        }
        for (int i = 0; i < browsing; i++) {
            int visitor = i;
            running.add(visitors.submit(() -> browse(visitor)));
        }
    }

    /** Starts the crowd: registering visitors into the category, browsing visitors over {@link #BROWSED}. */
    static VisitorLoad start(String gateway, String category, int registering, int browsing) {
        return new VisitorLoad(gateway, category, registering, browsing);
    }

    /**
     * No new registration starts; the ones under way keep retrying until acknowledged or until the time is up;
     * then the browsing stops too.
     */
    void finish(Duration within) throws InterruptedException, ExecutionException {
        giveUpAt = System.nanoTime() + within.toNanos();
        stopping = true;
        visitors.shutdown();
        if (!visitors.awaitTermination(within.toSeconds() + 30, TimeUnit.SECONDS)) {
            visitors.shutdownNow();
            throw new IllegalStateException("the visitors did not finish within " + within);
        }
        // a visitor that failed (an unreadable answer) fails the test with its reason
        for (Future<?> visitor : running) {
            visitor.get();
        }
    }

    @Override
    public void close() {
        stopping = true;
        giveUpAt = System.nanoTime();
        visitors.shutdownNow();
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    List<Registration> registrations() {
        return List.copyOf(registrations);
    }

    long acknowledged() {
        return registrations.stream().filter(Registration::acknowledged).count();
    }

    /** How many answers of each status the matching requests got, e.g. {201=312, 503=17}. */
    static Map<Integer, Long> statusMix(Collection<Answer> answers, Predicate<Answer> which) {
        return answers.stream().filter(which).collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
    }

    private void register(int visitor) {
        for (int n = 0; !stopping; n++) {
            String email = "load." + run + "." + visitor + "." + n + "@visitor.systest.expo-suite.org";
            registrations.add(registerOnce(UUID.randomUUID().toString(), email));
            Suite.sleep(PAUSE);
        }
    }

    /** Sends the registration until it is acknowledged, always with the same key; gives up on an answer no retry mends. */
    private Registration registerOnce(String key, String email) {
        HttpRequest request = registration(email, key);
        List<Integer> statuses = new ArrayList<>();
        while (true) {
            Received received = send("POST /api/registrations", request);
            Answer answer = received.answer();
            statuses.add(answer.status());
            if (answer.status() == 201) {
                return new Registration(key, email, List.copyOf(statuses), idOf(received), received.replayed());
            }
            boolean worthRetrying = answer.status() == 0 || answer.status() == 409 || answer.status() == 429 || answer.status() >= 500;
            if (!worthRetrying || System.nanoTime() > giveUpAt) {
                return new Registration(key, email, List.copyOf(statuses), null, false);
            }
            Suite.sleep(retryWait(answer));
        }
    }

    /** Sends a registration made earlier once more with the given key, outside the recorded load. */
    Received registerAgain(Registration registration, String key) {
        return exchange("POST /api/registrations", registration(registration.email(), key));
    }

    private HttpRequest registration(String email, String key) {
        return HttpRequest.newBuilder(URI.create(gateway + "/api/registrations")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(visitor(email))).build();
    }

    /** The id in a 201's body. */
    static String idOf(Received received) {
        try {
            JsonNode id = JSON.readTree(received.body()).path("id");
            assertThat(id.isTextual()).as("a 201 to POST /api/registrations holds the id: %s", received.body()).isTrue();
            return id.asText();
        } catch (IOException e) {
            throw new IllegalStateException("a 201 that is not JSON: " + received.body(), e);
        }
    }

    private void browse(int visitor) {
        for (int n = visitor; !stopping; n++) {
            String path = BROWSED.get(n % BROWSED.size());
            send(path, HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").GET().build());
            Suite.sleep(PAUSE);
        }
    }

    /** An answer's Retry-After, within reason; a short pause when it names none. */
    private static Duration retryWait(Answer answer) {
        Duration asked = answer.retryAfter().filter(value -> value.matches("\\d{1,4}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value))).orElse(Duration.ofMillis(250));
        return asked.compareTo(LONGEST_RETRY_WAIT) > 0 ? LONGEST_RETRY_WAIT : asked;
    }

    /** The answer with what a registration needs from it: the body and whether it was a replay. */
    record Received(Answer answer, String body, boolean replayed) {
    }

    private Received send(String path, HttpRequest request) {
        Received received = exchange(path, request);
        answers.add(received.answer());
        return received;
    }

    private static Received exchange(String path, HttpRequest request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            long now = System.nanoTime();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String problemType = "";
            if (contentType.startsWith("application/problem+json")) {
                problemType = Optional.ofNullable(JsonPath.from(response.body()).getString("type")).orElse("");
            }
            Answer answer = new Answer(now, path, response.statusCode(), Duration.ofNanos(now - started), contentType,
                    response.headers().firstValue("Retry-After"), problemType);
            return new Received(answer, response.body(),
                    response.headers().firstValue("Idempotent-Replayed").filter("true"::equals).isPresent());
        } catch (IOException noAnswer) {
            long now = System.nanoTime();
            return new Received(new Answer(now, path, 0, Duration.ofNanos(now - started), "", Optional.empty(), ""), "", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String visitor(String email) {
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("category", category);
        registration.put("days", List.of(Suite.EXPO_DAYS.get(0)));
        registration.put("familyName", "Wang");
        registration.put("givenName", "Fang");
        registration.put("email", email);
        registration.put("country", "CN");
        registration.put("consents", Map.of("privacyPolicy", true, "shareContactWithExhibitors", false));
        try {
            return JSON.writeValueAsString(registration);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A visitor category of its own, large enough never to fill during a test, so its registrations are the test's. */
    static String category(String gateway) {
        String code = "LOAD-" + OrganizerApi.randomCode(8);
        Response created = given().baseUri(gateway).auth().oauth2(Suite.token("organizer")).contentType(ContentType.JSON)
                .body(Map.of("code", code, "nameEn", "Load visitors " + code, "nameZh", "观众", "capacity", 100_000,
                        "approvalRequired", false, "invitationOnly", false, "allDays", false))
                .post("/api/categories");
        assertThat(created.statusCode()).as("POST /api/categories answered %s", created.asString()).isEqualTo(201);
        return code;
    }

    /** The organizers' view: how many registrations of the category each id has (all pages). */
    static Map<String, Integer> registrationsIn(String gateway, String category) {
        Map<String, Integer> found = new HashMap<>();
        for (int page = 0; ; page++) {
            Response response = given().baseUri(gateway).auth().oauth2(Suite.token("organizer")).accept(ContentType.JSON)
                    .queryParam("category", category).queryParam("size", 200).queryParam("page", page).get("/api/registrations");
            assertThat(response.statusCode()).as("GET /api/registrations?category=%s answered %s", category, response.asString())
                    .isEqualTo(200);
            List<String> ids = response.jsonPath().getList("items.id", String.class);
            ids.forEach(id -> found.merge(id, 1, Integer::sum));
            if (ids.size() < 200) {
                return found;
            }
        }
    }

    /** Polls a public GET, answered by the service itself, until it answers 200; returns how long that took, or empty when it did not within the time. */
    static Optional<Duration> untilAnswers(String uri, Duration within) {
        long started = System.nanoTime();
        while (System.nanoTime() - started < within.toNanos()) {
            Received received = exchange("GET", HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").header("Cache-Control", FRESH).GET().build());
            if (received.answer().status() == 200) {
                return Optional.of(Duration.ofNanos(System.nanoTime() - started));
            }
            Suite.sleep(Duration.ofMillis(100));
        }
        return Optional.empty();
    }

    /** One public GET, timed, answered by the service itself rather than the gateway's cache. */
    static Answer get(String uri) {
        return exchange("GET", HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Cache-Control", FRESH).GET().build()).answer();
    }
}
