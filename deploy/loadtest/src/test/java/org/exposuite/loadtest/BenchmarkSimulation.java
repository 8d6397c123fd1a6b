package org.exposuite.loadtest;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The benchmark's phases, one after the other, each measured in its own window (deploy/loadtest/benchmark.sh prints
 * them in one table):
 * <ol>
 * <li>registrations straight to registration-service, clients back to back: all on one category (hot), then spread
 * over ten categories, to hold against pgbench's ceiling for one quota row and for ten;</li>
 * <li>the browsing mix through the gateway (categories, pavilions, a pavilion's booths, a day's programme, the
 * directory, products): as fast as a fixed number of connections go (closed), then at a fixed rate (open);</li>
 * <li>GET /api/pavilions through the gateway and straight to pavilion-service, with the same connections;</li>
 * <li>the expo: its registrations (50,000) across the demo's public categories, VISITOR-DAY on one day each spread over
 * the four days and PROFESSIONAL, as fast as the clients go.</li>
 * </ol>
 * The categories of the first phase are created for each run with capacity for everyone.
 *
 * <p>-DbaseUrl (gateway) -DregistrationUrl (registration-service) -DpavilionUrl (pavilion-service) -DphaseSeconds (30)
 * -DregistrationClients (16) -DbrowsingConnections (32) -DbrowsingRate (1000 req/s) -DexpoRegistrations (50000)
 * -DexpoSeconds (900, the longest the expo phase may take)
 */
public class BenchmarkSimulation extends Simulation {

    static final String HOT = "register hot";
    static final String SPREAD = "register spread";
    static final String BROWSE_CLOSED = "browse closed";
    static final String BROWSE_OPEN = "browse open";
    static final String PAVILIONS_GATEWAY = "pavilions via gateway";
    static final String PAVILIONS_DIRECT = "pavilions direct";
    static final String EXPO = "expo registrations";
    private static final int SPREAD_CATEGORIES = 10;
    /** Room for everyone: the phases measure speed, not sell-outs. */
    private static final int CAPACITY = 1_000_000;
    /** A pause before each phase, so what the last one left queued does not count against the next. */
    private static final Duration DRAIN = Duration.ofSeconds(3);

    private final String baseUrl = LoadSettings.baseUrl();
    private final String registrationUrl = LoadSettings.registrationUrl();
    private final String pavilionUrl = LoadSettings.string("pavilionUrl", "http://localhost:8083");
    private final Duration phase = LoadSettings.seconds("phaseSeconds", 30);
    private final int registrationClients = LoadSettings.integer("registrationClients", 16);
    private final int browsingConnections = LoadSettings.integer("browsingConnections", 32);
    private final double browsingRate = LoadSettings.decimal("browsingRate", 1000);
    private final int expoRegistrations = LoadSettings.integer("expoRegistrations", 50_000);
    private final Duration expoLimit = LoadSettings.seconds("expoSeconds", 900);

    private final String runId = LoadSettings.runId();
    private final String hotCategory = "HOT-" + runId;
    private final List<String> spreadCategories = new ArrayList<>();
    private final Attendees attendees = new Attendees(runId);
    private final AtomicLong expoSequence = new AtomicLong();
    private final AtomicLong expoMix = new AtomicLong();
    private final Outcomes outcomes = new Outcomes(HOT, SPREAD, BROWSE_CLOSED, BROWSE_OPEN, PAVILIONS_GATEWAY, PAVILIONS_DIRECT, EXPO);

    {
        for (int i = 1; i <= SPREAD_CATEGORIES; i++) {
            spreadCategories.add("SPREAD-" + runId + "-" + i);
        }
        HttpProtocolBuilder registration = protocol(registrationUrl);
        HttpProtocolBuilder gateway = protocol(baseUrl);
        HttpProtocolBuilder pavilion = protocol(pavilionUrl);

        PopulationBuilder phases = backToBack("Registrations, one category", registrationClients,
                register(HOT, s -> attendees.registration(hotCategory, true))).protocols(registration)
                .andThen(backToBack("Registrations, ten categories", registrationClients, register(SPREAD,
                        s -> attendees.registration(spreadCategories.get(ThreadLocalRandom.current().nextInt(SPREAD_CATEGORIES)), true)))
                        .protocols(registration))
                .andThen(backToBack("Browsing, closed", browsingConnections, browse(BROWSE_CLOSED)).protocols(gateway))
                .andThen(scenario("Browsing, open").exec(browse(BROWSE_OPEN))
                        .injectOpen(nothingFor(DRAIN), constantUsersPerSec(browsingRate).during(phase)).protocols(gateway))
                .andThen(backToBack("Pavilions through the gateway", browsingConnections,
                        read(PAVILIONS_GATEWAY, "/api/pavilions")).protocols(gateway))
                .andThen(backToBack("Pavilions straight to pavilion-service", browsingConnections,
                        read(PAVILIONS_DIRECT, "/api/pavilions")).protocols(pavilion))
                .andThen(scenario("The expo's registrations")
                        .asLongAs(session -> expoSequence.incrementAndGet() <= expoRegistrations)
                        .on(register(EXPO, s -> expoRegistration()))
                        .injectOpen(nothingFor(DRAIN), atOnceUsers(registrationClients)).protocols(registration));

        // the run fails (exit code) when more than 1 % of all requests failed; each phase's answers are in the table
        setUp(phases).maxDuration(phase.plus(DRAIN).multipliedBy(7).plus(expoLimit).plusSeconds(120))
                .assertions(global().failedRequests().percent().lte(1.0));
    }

    @Override
    public void before() {
        String token = DevToken.organizer();
        SuiteApi.createCategory(registrationUrl, token, hotCategory, "Benchmark: one category " + runId, "基准测试：单一类别", CAPACITY);
        for (String code : spreadCategories) {
            SuiteApi.createCategory(registrationUrl, token, code, "Benchmark: spread " + code, "基准测试：分散类别", CAPACITY);
        }
        System.out.printf(Locale.ROOT, "Benchmark: registrations at %s (%d clients), browsing at %s (%d connections, then %.0f req/s),"
                        + " pavilions also at %s, %d s a phase; then %d expo registrations%n", registrationUrl, registrationClients,
                baseUrl, browsingConnections, browsingRate, pavilionUrl, phase.toSeconds(), expoRegistrations);
    }

    @Override
    public void after() {
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("registrationClients", String.valueOf(registrationClients));
        notes.put("browsingConnections", String.valueOf(browsingConnections));
        notes.put("browsingRate", String.valueOf(browsingRate));
        notes.put("phaseSeconds", String.valueOf(phase.toSeconds()));
        notes.put("expoRegistrations", String.valueOf(expoRegistrations));
        outcomes.write("BenchmarkSimulation", notes);
    }

    private static HttpProtocolBuilder protocol(String url) {
        // one pool of kept-alive connections for all virtual users: the phases measure the suite, not TCP handshakes;
        // no client-side cache: each request stands for another visitor, so the gateway's cache is what is measured
        return LoadRequests.protocol(url, "expo-suite-benchmark").shareConnections().disableCaching();
    }

    /** A closed phase: the given number of clients repeat the chain back to back for the phase's length; an answer still
     * awaited at its end is counted too (not cut off). */
    private PopulationBuilder backToBack(String name, int clients, ChainBuilder chain) {
        return scenario(name).during(phase, false).on(chain).injectOpen(nothingFor(DRAIN), atOnceUsers(clients));
    }

    /** The expo's mix: 84 % VISITOR-DAY on one day (10,500 a day at 50,000, under its 12,000), 16 % PROFESSIONAL (8,000). */
    private String expoRegistration() {
        long n = expoMix.incrementAndGet();
        if (n % 25 < 4) {
            return attendees.registration("PROFESSIONAL", List.of());
        }
        return attendees.registration("VISITOR-DAY", List.of(LoadRequests.DAYS.get((int) (n % LoadRequests.DAYS.size()))));
    }

    private ChainBuilder register(String row, Function<Session, String> body) {
        return LoadRequests.timed(outcomes, LoadRequests.registration(row, body, Set.of(201)), "201"::equals, row);
    }

    /** One request of the browsing mix, named by its kind in Gatling's report. */
    private ChainBuilder browse(String row) {
        return exec(session -> session.setAll(browsingRequest())).exec(read(row, "#{path}", "#{kind}"));
    }

    private ChainBuilder read(String row, String path) {
        return read(row, path, row);
    }

    private ChainBuilder read(String row, String path, String name) {
        return LoadRequests.timed(outcomes, http(name).get(path).check(status().saveAs("status"), responseTimeInMillis().saveAs("rt"),
                status().is(200), header("X-Cache-Status").optional().saveAs("cache")), "200"::equals, row);
    }

    private static Map<String, Object> browsingRequest() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String pavilion = LoadRequests.DEMO_PAVILIONS.get(random.nextInt(LoadRequests.DEMO_PAVILIONS.size()));
        return switch (random.nextInt(6)) {
            case 0 -> Map.of("kind", "categories", "path", "/api/categories");
            case 1 -> Map.of("kind", "pavilions", "path", "/api/pavilions");
            case 2 -> Map.of("kind", "booths of a pavilion", "path", "/api/booths?pavilion=" + pavilion + "&size=100");
            case 3 -> Map.of("kind", "programme of a day", "path", "/api/sessions?day=" + LoadRequests.DAYS.get(random.nextInt(LoadRequests.DAYS.size())));
            case 4 -> Map.of("kind", "exhibitor directory", "path", "/api/exhibitors?pavilion=" + pavilion);
            default -> Map.of("kind", "products", "path", "/api/products?q="
                    + java.net.URLEncoder.encode(LoadRequests.PRODUCT_TERMS.get(random.nextInt(LoadRequests.PRODUCT_TERMS.size())), java.nio.charset.StandardCharsets.UTF_8));
        };
    }
}
