package org.exposuite.loadtest;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The opening of registration, in three phases one after the other:
 * <ol>
 * <li>open rate: new attendees arrive at a steady rate, look at the categories on sale and register on a category
 * with room for everyone (each with its own e-mail address and an Idempotency-Key, as the web page sends);</li>
 * <li>saturation: a fixed number of clients register back to back, as fast as answers come: the most registrations
 * per second the suite sustains, to hold against the database's own ceiling;</li>
 * <li>sell-out: a burst on a small category, where all but its capacity must get a fast 409 category-full,
 * and never more 201s than places.</li>
 * </ol>
 * The categories are created for each run (unique codes), so every run starts from empty quotas.
 *
 * <p>-DregistrationUrl (the gateway, -DbaseUrl, default http://localhost:8080; give http://localhost:8081 to bypass the gateway's
 * per-client rate limit, or render the gateway with REGISTRATION_RATE=100000r/s REGISTRATION_BURST=100000)
 * -DregistrationsPerSecond (20) -DrampSeconds (5) -DdurationSeconds (30) -DsaturationUsers (16) -DsaturationSeconds (15, 0 skips)
 * -DsmallCapacity (100) -DsmallAttemptsPerSecond (100) -DsmallSeconds (3) -Dp95Ms (3000) -DsmallP95Ms (2000) -DmaxFailedPercent (1)
 * -DorganizerToken (else minted with the development key) -DopenCategory (use an existing category instead of creating one)
 */
public class RegistrationRushSimulation extends Simulation {

    static final String CATEGORIES = "categories on sale";
    static final String OPEN = "register (open rate)";
    static final String SATURATION = "register (saturation)";
    static final String SMALL = "register (sell-out, small category)";
    static final String SMALL_REFUSED = "  of which refused 409 category-full";

    private final String registrationUrl = LoadSettings.registrationUrl();
    private final String runId = LoadSettings.runId();
    private final String givenOpenCategory = LoadSettings.string("openCategory", null);
    private final String openCategory = givenOpenCategory != null ? givenOpenCategory : "RUSH-" + runId;
    private final String smallCategory = "SELLOUT-" + runId;
    private final int openCapacity = LoadSettings.integer("openCapacity", 1_000_000);
    private final int smallCapacity = LoadSettings.integer("smallCapacity", 100);
    private final double rate = LoadSettings.decimal("registrationsPerSecond", 20);
    private final Duration ramp = LoadSettings.seconds("rampSeconds", 5);
    private final Duration duration = LoadSettings.seconds("durationSeconds", 30);
    private final int saturationUsers = LoadSettings.integer("saturationUsers", 16);
    private final Duration saturation = LoadSettings.seconds("saturationSeconds", 15);
    private final double smallRate = LoadSettings.decimal("smallAttemptsPerSecond", 100);
    private final Duration smallDuration = LoadSettings.seconds("smallSeconds", 3);
    private final int p95Millis = LoadSettings.integer("p95Ms", 3000);
    private final int smallP95Millis = LoadSettings.integer("smallP95Ms", 2000);
    private final double maxFailedPercent = LoadSettings.decimal("maxFailedPercent", 1.0);

    private final Attendees attendees = new Attendees(runId);
    private final Outcomes outcomes = new Outcomes(CATEGORIES, OPEN, SATURATION, SMALL, SMALL_REFUSED);

    {
        outcomes.alsoCount(SMALL, "409", SMALL_REFUSED);
        ScenarioBuilder arrivals = scenario("Open rate")
                .exec(LoadRequests.timed(outcomes, http(CATEGORIES).get("/api/categories").check(status().saveAs("status"),
                        responseTimeInMillis().saveAs("rt"), status().is(200)), "200"::equals, CATEGORIES))
                .pause(Duration.ofMillis(200), Duration.ofMillis(1000))
                .exec(register(OPEN, openCategory, Set.of("201")));

        ScenarioBuilder backToBack = scenario("Saturation")
                .during(saturation).on(register(SATURATION, openCategory, Set.of("201")));

        ScenarioBuilder sellOut = scenario("Sell-out")
                .exec(register(SMALL, smallCategory, Set.of("201", "409")));

        HttpProtocolBuilder registration = LoadRequests.protocol(registrationUrl, "expo-suite-loadtest");

        PopulationBuilder phases = arrivals.injectOpen(
                rampUsersPerSec(1).to(rate).during(ramp),
                constantUsersPerSec(rate).during(duration));
        List<Assertion> assertions = new ArrayList<>(List.of(
                details(OPEN).failedRequests().percent().lt(maxFailedPercent),
                details(OPEN).responseTime().percentile(95.0).lt(p95Millis),
                details(CATEGORIES).failedRequests().percent().lt(maxFailedPercent),
                details(SMALL).failedRequests().percent().lt(maxFailedPercent),
                details(SMALL).responseTime().percentile(95.0).lt(smallP95Millis)));
        if (!saturation.isZero() && saturationUsers > 0) {
            phases = phases.andThen(backToBack.injectOpen(atOnceUsers(saturationUsers)));
            assertions.add(details(SATURATION).failedRequests().percent().lt(maxFailedPercent));
        }
        phases = phases.andThen(sellOut.injectOpen(constantUsersPerSec(smallRate).during(smallDuration)));

        setUp(phases)
                .protocols(registration)
                .maxDuration(ramp.plus(duration).plus(saturation).plus(smallDuration).plusSeconds(90))
                .assertions(assertions);
    }

    @Override
    public void before() {
        String token = DevToken.organizer();
        if (givenOpenCategory == null) {
            SuiteApi.createCategory(registrationUrl, token, openCategory, "Load test: opening-day pass " + runId, "压力测试：开幕日通行证",
                    openCapacity);
        }
        SuiteApi.createCategory(registrationUrl, token, smallCategory, "Load test: sell-out pass " + runId, "压力测试：限量通行证", smallCapacity);
        System.out.printf(Locale.ROOT, "Registration rush against %s: %.0f/s for %d s on %s, %d clients back to back for %d s,"
                        + " then %.0f/s for %d s on %s (capacity %d)%n", registrationUrl, rate, duration.toSeconds(), openCategory,
                saturationUsers, saturation.toSeconds(), smallRate, smallDuration.toSeconds(), smallCategory, smallCapacity);
    }

    @Override
    public void after() {
        SuiteApi.Answer small;
        try {
            small = SuiteApi.get(registrationUrl + "/api/categories/" + smallCategory);
        } catch (IllegalStateException e) {
            small = new SuiteApi.Answer(0, e.getMessage());
        }
        long created = outcomes.countOf(SMALL, "201");
        long full = outcomes.countOf(SMALL, "409");
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("registrationUrl", registrationUrl);
        notes.put("openCategory", openCategory);
        notes.put("registrationsPerSecond", String.valueOf(rate));
        notes.put("saturationUsers", String.valueOf(saturationUsers));
        notes.put("smallCategory", smallCategory);
        notes.put("smallCapacity", String.valueOf(smallCapacity));
        notes.put("smallCreated", String.valueOf(created));
        notes.put("smallRefusedFull", String.valueOf(full));
        boolean oversold = created > smallCapacity;
        if (small.status() == 200) {
            // the category's top-level fields come before its per-day ones, so the first match is the category's own
            long taken = SuiteApi.intField(small.body(), "capacity") - SuiteApi.intField(small.body(), "remaining");
            notes.put("smallTakenAfterwards", String.valueOf(taken));
            oversold |= taken > smallCapacity;
        }
        notes.put("oversold", String.valueOf(oversold));
        outcomes.write("RegistrationRushSimulation", notes);
        if (oversold) {
            throw new IllegalStateException("OVERSOLD: " + created + " registrations got a place in " + smallCategory
                    + " with capacity " + smallCapacity);
        }
    }

    /** One new attendee registers; answers other than the expected statuses count as failures. */
    private ChainBuilder register(String row, String category, Set<String> expected) {
        return LoadRequests.timed(outcomes, LoadRequests.registration(row, session -> attendees.registration(category, true),
                expected.stream().map(Integer::valueOf).collect(Collectors.toSet())), expected::contains, row);
    }
}
