package org.exposuite.loadtest;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Visitors planning their day through the gateway: the pavilions, the booths of one pavilion, the programme of a day,
 * the exhibitor directory (and one profile), the product catalogue. Open model: visitors arrive at a steady rate.
 *
 * <p>-DbaseUrl (http://localhost:8080) -DvisitorsPerSecond (20) -DrampSeconds (5) -DdurationSeconds (30)
 * -DthinkMinMs (100) -DthinkMaxMs (500) -Dp95Ms (2000) -DmaxFailedPercent (1)
 */
public class PublicBrowsingSimulation extends Simulation {

    static final String ALL = "browse: all requests";

    private final String baseUrl = LoadSettings.baseUrl();
    private final double visitorsPerSecond = LoadSettings.decimal("visitorsPerSecond", 20);
    private final Duration ramp = LoadSettings.seconds("rampSeconds", 5);
    private final Duration duration = LoadSettings.seconds("durationSeconds", 30);
    private final Duration thinkMin = Duration.ofMillis(LoadSettings.integer("thinkMinMs", 100));
    private final Duration thinkMax = Duration.ofMillis(LoadSettings.integer("thinkMaxMs", 500));
    private final int p95Millis = LoadSettings.integer("p95Ms", 2000);
    private final double maxFailedPercent = LoadSettings.decimal("maxFailedPercent", 1.0);

    private final Outcomes outcomes = new Outcomes(ALL, "pavilions", "booths of a pavilion", "session programme",
            "exhibitor directory", "exhibitor profile", "products");
    private final List<String> pavilions = pavilionCodes(baseUrl);

    {
        Iterator<Map<String, Object>> visitors = Stream.generate(this::visitor).iterator();

        ScenarioBuilder browsing = scenario("Public browsing")
                .feed(visitors)
                .exec(timed("pavilions", http("pavilions").get("/api/pavilions")))
                .pause(thinkMin, thinkMax)
                .exec(timed("booths of a pavilion", http("booths of a pavilion").get("/api/booths")
                        .queryParam("pavilion", "#{pavilion}").queryParam("size", "100")))
                .pause(thinkMin, thinkMax)
                .exec(timed("session programme", http("session programme").get("/api/sessions").queryParam("day", "#{day}")))
                .pause(thinkMin, thinkMax)
                .exec(timed("exhibitor directory", http("exhibitor directory").get("/api/exhibitors").queryParam("pavilion", "#{pavilion}"),
                        jsonPath("$[*].id").findRandom().optional().saveAs("exhibitorId")))
                .doIf(session -> session.contains("exhibitorId")).then(
                        exec(timed("exhibitor profile", http("exhibitor profile").get("/api/exhibitors/#{exhibitorId}"))))
                .pause(thinkMin, thinkMax)
                .exec(timed("products", http("products").get("/api/products").queryParam("q", "#{term}")));

        HttpProtocolBuilder gateway = LoadRequests.protocol(baseUrl, "expo-suite-loadtest");

        setUp(browsing.injectOpen(
                        rampUsersPerSec(1).to(visitorsPerSecond).during(ramp),
                        constantUsersPerSec(visitorsPerSecond).during(duration)))
                .protocols(gateway)
                .maxDuration(ramp.plus(duration).plusSeconds(60))
                .assertions(
                        global().responseTime().percentile(95.0).lt(p95Millis),
                        global().failedRequests().percent().lt(maxFailedPercent));
    }

    @Override
    public void before() {
        System.out.printf("Public browsing against %s: %.0f visitors/s for %d s (after %d s ramp), pavilions %s%n",
                baseUrl, visitorsPerSecond, duration.toSeconds(), ramp.toSeconds(), pavilions);
    }

    @Override
    public void after() {
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("baseUrl", baseUrl);
        notes.put("visitorsPerSecond", String.valueOf(visitorsPerSecond));
        notes.put("durationSeconds", String.valueOf(duration.toSeconds()));
        outcomes.write("PublicBrowsingSimulation", notes);
    }

    private Map<String, Object> visitor() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Map.of(
                "pavilion", pavilions.get(random.nextInt(pavilions.size())),
                "day", LoadRequests.DAYS.get(random.nextInt(LoadRequests.DAYS.size())),
                "term", LoadRequests.PRODUCT_TERMS.get(random.nextInt(LoadRequests.PRODUCT_TERMS.size())));
    }

    /** The request, answered 200, timed and counted under its own row and the total. */
    private ChainBuilder timed(String row, HttpRequestActionBuilder request, CheckBuilder... extraChecks) {
        HttpRequestActionBuilder checked = request
                .check(status().saveAs("status"), responseTimeInMillis().saveAs("rt"), status().is(200));
        if (extraChecks.length > 0) {
            checked = checked.check(extraChecks);
        }
        return LoadRequests.timed(outcomes, checked, "200"::equals, row, ALL);
    }

    /** The pavilions the suite has now, or the demo data's when it cannot say. */
    private static List<String> pavilionCodes(String baseUrl) {
        try {
            SuiteApi.Answer answer = SuiteApi.get(baseUrl + "/api/pavilions");
            if (answer.status() == 200) {
                List<String> codes = SuiteApi.stringFields(answer.body(), "code");
                if (!codes.isEmpty()) {
                    return codes;
                }
            }
            System.out.println("GET /api/pavilions answered " + answer.status() + " with no pavilions; using the demo pavilion codes");
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + "; using the demo pavilion codes");
        }
        return LoadRequests.DEMO_PAVILIONS;
    }
}
