package org.exposuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.sessions.JqwikSession;
import org.exposuite.systemtests.FuzzRequests.FuzzRequest;
import org.exposuite.systemtests.FuzzRequests.Known;
import org.exposuite.systemtests.OpenApiDocuments.Operation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every operation of the three services, read from their OpenAPI documents, gets thousands of generated and mutated
 * requests through the gateway. Whatever a client sends, the suite answers like an API: never a 5xx; every 4xx is a
 * problem detail with nothing of the code behind it (no Java class, SQL or stack trace); every 2xx is what the
 * operation documents; and a refused request leaves nothing in any database.
 *
 * <p>{@code -Dexpo.fuzz.requests=10000} sets how many requests go out (spread evenly over the operations),
 * {@code -Dexpo.fuzz.seed=...} repeats a run (the seed is printed). Registration attempts, the only rate-limited path,
 * are paced under the gateway's per-client rate, so they reach registration-service instead of the limiter.
 *
 * <p>Runs after the scenarios (its data is odd on purpose, and the website pages list it) and before the log check.
 */
@SystemTest
@Order(Integer.MAX_VALUE - 1)
class FuzzThroughGatewayIT {

    private static final int REQUESTS = Integer.getInteger("expo.fuzz.requests", 10_000);
    private static final int CONCURRENCY = Integer.getInteger("expo.fuzz.concurrency", 6);
    /** Under the main gateway's 50r/s for registration attempts (Suite's REGISTRATION_RATE), with room for the others' own. */
    private static final Duration REGISTRATION_PACE = Duration.ofMillis(30);
    private static final Pattern RATE_LIMITED_PATH = Pattern.compile("^/api/registrations/?(\\?.*)?$");
    private static final Pattern MARKER = Pattern.compile("(?i)fz(\\d+)q");
    /** What the code behind an answer looks like: Java names, SQL and the database's words, stack frames. */
    private static final Pattern LEAK = Pattern.compile(
            "\\bjava\\.[a-z]|\\bjavax?\\.|\\bjakarta\\.|\\borg\\.[a-z]+\\.|\\bcom\\.[a-z]+\\.|\\bio\\.(quarkus|vertx|smallrye)|[A-Za-z]Exception\\b"
                    + "|\\bat [a-zA-Z_$][\\w$]*\\.[\\w$.]+\\(|\\.java:\\d+|\\bSQL ?([Ss]tate|[Ee]rror)|\\bselect .+ from |\\binsert into |\\bupdate \\w+ set "
                    + "|violates .*constraint|duplicate key value|\\bPSQL|\\bHibernate|\\bJDBC|\\bsyntax error at|\\brelation \"");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one request met, for the report and for the database check. */
    private record Outcome(String operation, String what, int status) {
    }

    private final Map<String, SortedMap<Integer, Integer>> statusesByOperation = new ConcurrentHashMap<>();
    private final SortedMap<Integer, Integer> statuses = Collections.synchronizedSortedMap(new TreeMap<>());
    private final Map<Integer, Outcome> outcomes = new ConcurrentHashMap<>();
    private final Map<String, List<String>> findings = new ConcurrentHashMap<>();
    private final Set<String> undocumented = ConcurrentHashMap.newKeySet();
    private final AtomicLong validated = new AtomicLong();
    private final AtomicLong answeredByGateway = new AtomicLong();
    private final AtomicLong nextRegistrationSlot = new AtomicLong();

    @Test
    void noRequestMakesTheSuiteFailLeakOrKeepWhatItRefused() throws Exception {
        long seed = Long.getLong("expo.fuzz.seed", System.nanoTime());
        OpenApiDocuments documents = OpenApiDocuments.fromGateway(Suite.gateway());
        List<Operation> operations = documents.operations();
        FuzzRequests generator = new FuzzRequests(seed, known(), documents);
        System.out.printf(Locale.ROOT, "[fuzz] %d requests over %d operations, seed %d (-Dexpo.fuzz.seed=%d repeats it)%n",
                REQUESTS, operations.size(), seed, seed);

        long started = System.nanoTime();
        // the generators run outside a jqwik property, in a session of their own on this thread
        JqwikSession.start();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService senders = Executors.newFixedThreadPool(CONCURRENCY);
        Semaphore inFlight = new Semaphore(CONCURRENCY * 4);
        try {
            for (int number = 1; number <= REQUESTS; number++) {
                FuzzRequest request = generator.next(number, operations.get(number % operations.size()));
                inFlight.acquire();
                senders.execute(() -> {
                    try {
                        send(client, request, documents);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            JqwikSession.finish();
            senders.shutdown();
            assertThat(senders.awaitTermination(10, TimeUnit.MINUTES)).as("every request answered").isTrue();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report(operations, seconds);

        List<String> keptFromRefused = rowsFromRefusedRequests();

        assertThat(outcomes).as("requests sent and answered").hasSize(REQUESTS);
        assertThat(findings).as("answers that break the rules (kind -> examples)").isEmpty();
        assertThat(keptFromRefused).as("rows that requests answered with an error left in the databases").isEmpty();
        long tooMany = statuses.getOrDefault(429, 0);
        assertThat(tooMany).as("requests the gateway's rate limit answered 429 (pacing keeps them rare)").isLessThan(REQUESTS / 20);
        assertThat(answeredByGateway.get()).as("requests answered by the gateway itself, not a service").isLessThan(REQUESTS / 4);
        for (Operation operation : operations) {
            assertThat(statusesByOperation.getOrDefault(operation.label(), new TreeMap<>()).values().stream().mapToInt(Integer::intValue).sum())
                    .as("requests to %s", operation.label()).isGreaterThanOrEqualTo(REQUESTS / operations.size() - 1);
        }
    }

    /** The fuzzer's first find: such a chain left the request unanswered until the gateway gave up (504). */
    @ParameterizedTest
    @ValueSource(strings = {"", ", 10.0.0.1", ":80", " , 203.0.113.7"})
    void forwardedForChainThatStartsEmptyIsAnsweredAsAnyOther(String chain) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Suite.gateway() + "/api/pavilions")).timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", chain).GET().build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as("GET /api/pavilions with X-Forwarded-For '%s' answered %s", chain, response.body())
                .isEqualTo(200);
    }

    /** A request line the gateway lets through reaches the service, which answers its own problem (was an empty 414). */
    @Test
    void longQueryTheGatewayAcceptsIsAnsweredByTheService() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Suite.gateway() + "/api/sessions?day=" + "x".repeat(6_000)))
                .timeout(Duration.ofSeconds(60)).GET().build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as("answer %s", response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("/gateway/");
    }

    private void send(HttpClient client, FuzzRequest request, OpenApiDocuments documents) {
        String label = request.operation().label();
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri(request.pathAndQuery())).timeout(Duration.ofSeconds(60))
                    .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach((name, value) -> {
                try {
                    builder.header(name, value);
                } catch (IllegalArgumentException unsendable) {
                    // a value the HTTP client itself refuses to put on the wire: the request goes without it
                }
            });
            if (RATE_LIMITED_PATH.matcher(request.pathAndQuery()).matches()) {
                waitForRegistrationSlot();
            }
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            String body = new String(response.body(), StandardCharsets.UTF_8);
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            int status = response.statusCode();
            outcomes.put(request.number(), new Outcome(label, request.what(), status));
            statuses.merge(status, 1, Integer::sum);
            statusesByOperation.computeIfAbsent(label, key -> Collections.synchronizedSortedMap(new TreeMap<>())).merge(status, 1, Integer::sum);
            check(request, status, contentType, body, documents);
        } catch (IOException | RuntimeException e) {
            outcomes.put(request.number(), new Outcome(label, request.what(), -1));
            finding("no answer (" + e.getClass().getSimpleName() + ")", request, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void check(FuzzRequest request, int status, String contentType, String body, OpenApiDocuments documents) {
        if (body.contains("/gateway/")) {
            answeredByGateway.incrementAndGet();
        }
        if (status >= 500) {
            finding(status + " answer", request, body);
            return;
        }
        if (status >= 400) {
            if (!contentType.startsWith("application/problem+json")) {
                finding("4xx not a problem detail", request, status + " " + contentType + " " + body);
                return;
            }
            Matcher leak = LEAK.matcher(body);
            if (leak.find()) {
                finding("4xx shows the code behind it (" + leak.group() + ")", request, body);
            }
            try {
                JsonNode problem = JSON.readTree(body);
                if (problem.path("status").asInt() != status) {
                    finding("problem's status differs from the answer's", request, status + " " + body);
                }
            } catch (IOException e) {
                finding("problem detail is not JSON", request, body);
            }
            return;
        }
        if (status >= 200 && status < 300) {
            if (request.retargeted()) {
                // "/api/categories/." is "/api/categories/": another operation answered, as URI normalisation wants
                return;
            }
            if (!documents.documents(request.operation(), status)) {
                undocumented.add(request.operation().label() + " " + status);
                return;
            }
            if (!contentType.contains("json")) {
                return;
            }
            Optional<OpenApiDocuments.Verdict> verdict = documents.validate(request.operation(), status, contentType, body);
            if (verdict.isEmpty()) {
                undocumented.add(request.operation().label() + " " + status + " (no schema for " + contentType + ")");
                return;
            }
            validated.incrementAndGet();
            if (!verdict.get().errors().isEmpty()) {
                finding("2xx body not as documented", request, verdict.get().errors() + " in " + body);
            }
        }
    }

    private void finding(String kind, FuzzRequest request, String detail) {
        String key = kind + " | " + request.operation().label();
        List<String> examples = findings.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>()));
        if (examples.size() < 3) {
            String shortDetail = detail == null ? "" : detail.length() > 600 ? detail.substring(0, 600) + "…" : detail;
            String body = request.body() == null ? "" : new String(request.body(), StandardCharsets.UTF_8);
            examples.add("#" + request.number() + " " + request.method() + " " + abbreviate(request.pathAndQuery(), 200)
                    + " [" + request.what() + "] body " + abbreviate(body, 300) + " -> " + shortDetail);
        }
    }

    /** Rows holding the marker of a request that got no 2xx: what was refused must not have been written. */
    private List<String> rowsFromRefusedRequests() throws Exception {
        List<String> kept = new ArrayList<>();
        int[] scanned = {0};
        Set<Integer> writers = new TreeSet<>();
        for (Suite.Service service : Suite.Service.values()) {
            SuiteDatabases.eachRow(service, (table, row) -> {
                scanned[0]++;
                Matcher marker = MARKER.matcher(row);
                while (marker.find()) {
                    int number;
                    try {
                        number = Integer.parseInt(marker.group(1));
                    } catch (NumberFormatException tooLong) {
                        continue;
                    }
                    Outcome outcome = outcomes.get(number);
                    writers.add(number);
                    if (outcome != null && (outcome.status() < 200 || outcome.status() >= 300) && kept.size() < 20) {
                        kept.add(service.module() + " " + table + ": request #" + number + " " + outcome.operation() + " ["
                                + outcome.what() + "] answered " + outcome.status() + " but left " + abbreviate(row, 300));
                    }
                }
            });
        }
        System.out.printf(Locale.ROOT, "[fuzz] database check: %d rows of the three services read, markers of %d requests found%n",
                scanned[0], writers.size());
        // the accepted requests wrote marked rows, so the check sees what requests write
        assertThat(writers).as("requests whose marker is in a database").isNotEmpty();
        return kept;
    }

    private void report(List<Operation> operations, double seconds) {
        System.out.printf(Locale.ROOT, "[fuzz] %d requests in %.1f s (%.0f/s), %d answered by the gateway itself%n",
                outcomes.size(), seconds, outcomes.size() / seconds, answeredByGateway.get());
        System.out.println("[fuzz] status mix: " + statuses);
        for (Operation operation : operations) {
            SortedMap<Integer, Integer> mix = statusesByOperation.getOrDefault(operation.label(), new TreeMap<>());
            System.out.printf(Locale.ROOT, "[fuzz] %5d  %-60s %s%n", mix.values().stream().mapToInt(Integer::intValue).sum(),
                    operation.label(), mix);
        }
        System.out.printf(Locale.ROOT, "[fuzz] %d 2xx bodies validated against their documented schema%n", validated.get());
        if (!undocumented.isEmpty()) {
            System.out.println("[fuzz] 2xx answers the documents give no schema for (not checked): " + new TreeSet<>(undocumented));
        }
        findings.forEach((kind, examples) -> {
            System.out.println("[fuzz] FINDING " + kind);
            examples.forEach(example -> System.out.println("[fuzz]     " + example));
        });
    }

    private void waitForRegistrationSlot() {
        long now = System.nanoTime();
        long slot = nextRegistrationSlot.getAndUpdate(previous -> Math.max(previous, now) + REGISTRATION_PACE.toNanos());
        long wait = Math.max(slot, now) - now;
        if (wait > 0) {
            Suite.sleep(Duration.ofNanos(wait));
        }
    }

    private static URI uri(String pathAndQuery) {
        try {
            return URI.create(Suite.gateway() + pathAndQuery);
        } catch (IllegalArgumentException malformed) {
            // a raw '%' that is no escape: sent escaped, as a careful client would
            return URI.create(Suite.gateway() + pathAndQuery.replace("%", "%25"));
        }
    }

    private static String abbreviate(String text, int length) {
        String visible = text.replace("\n", "\\n").replace("\r", "\\r");
        return visible.length() > length ? visible.substring(0, length) + "…(" + visible.length() + " chars)" : visible;
    }

    /** A category, two registrations, a badge, a pavilion with booths and a session, an application: real targets. */
    private static Known known() {
        String category = OrganizerApi.category("Fuzz visitors", "模糊测试观众", 5_000);
        JsonPath first = OrganizerApi.registered(category, OrganizerApi.uniqueEmail("fuzz.first"));
        JsonPath second = OrganizerApi.registered(category, OrganizerApi.uniqueEmail("fuzz.second"));
        String badge = given().auth().oauth2(first.getString("secret")).get("/api/registrations/me/badge").jsonPath().getString("token");
        OrganizerApi.Pavilion pavilion = OrganizerApi.pavilionWithADialogue();
        String session = given().queryParam("pavilion", pavilion.code()).get("/api/sessions").jsonPath().getString("items[0].id");
        JsonPath application = OrganizerApi.application("Fuzz Data Works " + OrganizerApi.randomCode(6));
        assertThat(badge).as("badge token of the first registration").isNotBlank();
        assertThat(session).as("session id in pavilion %s", pavilion.code()).isNotBlank();

        List<String> registrations = List.of(first.getString("id"), second.getString("id"));
        Map<String, List<String>> byName = Map.ofEntries(
                Map.entry("categories:code", List.of(category)),
                Map.entry("category", List.of(category)),
                Map.entry("pavilions:code", List.of(pavilion.code())),
                Map.entry("pavilionCode", List.of(pavilion.code())),
                Map.entry("pavilion", List.of(pavilion.code())),
                Map.entry("booths:code", List.of(pavilion.booth(), pavilion.freeBooth())),
                Map.entry("boothCode", List.of(pavilion.freeBooth())),
                Map.entry("sessions:id", List.of(session)),
                Map.entry("registrations:id", registrations),
                Map.entry("registrationId", registrations),
                Map.entry("exhibitors:id", List.of(application.getString("id"))),
                Map.entry("exhibitorId", List.of(application.getString("id"))),
                Map.entry("badgeToken", List.of(badge)));
        Map<String, String> secrets = Map.of(
                "attendeeSecret", second.getString("secret"),
                "exhibitorSecret", application.getString("secret"),
                "waitingListSecret", "wl_" + "A".repeat(43));
        // one token per role for the whole run (valid for an hour): signing one per request would slow the fuzzer down
        Map<String, String> tokens = new ConcurrentHashMap<>();
        Map<String, String> expiredTokens = new ConcurrentHashMap<>();
        return new Known(byName, secrets, badge, role -> tokens.computeIfAbsent(role, Suite::token),
                role -> expiredTokens.computeIfAbsent(role, Suite::expiredToken));
    }
}
