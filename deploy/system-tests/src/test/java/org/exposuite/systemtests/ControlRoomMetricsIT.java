package org.exposuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The control room watches what the services expose: after a short scripted day (a registration, a gate check-in, a
 * pavilion entry, a lead scan), every metric that a dashboard query or an alert rule names is on some service's
 * /q/metrics, so no panel stays empty and no alert waits on a series that never comes.
 */
@SystemTest
class ControlRoomMetricsIT {

    private static final Path MONITORING = Suite.root().resolve("deploy/monitoring");
    // A PromQL word that is a metric name: not followed by "(" (a function), not a keyword.
    private static final Pattern WORD = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan");
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)");

    @Test
    void everyMetricOfTheDashboardAndTheAlertsIsExposedAfterADayAtTheExpo() throws Exception {
        Map<String, Set<String>> usedBy = new TreeMap<>();
        for (Path dashboard : dashboards()) {
            for (JsonNode panel : new ObjectMapper().readTree(dashboard.toFile()).path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    namesIn(target.path("expr").asText()).forEach(name ->
                            usedBy.computeIfAbsent(name, n -> new TreeSet<>()).add("panel \"" + panel.path("title").asText() + "\""));
                }
            }
        }
        JsonNode alerts = new ObjectMapper(new YAMLFactory()).readTree(MONITORING.resolve("prometheus/alerts.yml").toFile());
        for (JsonNode group : alerts.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                namesIn(rule.path("expr").asText()).forEach(name ->
                        usedBy.computeIfAbsent(name, n -> new TreeSet<>()).add("alert " + rule.path("alert").asText()));
            }
        }
        assertThat(usedBy).as("metric names in the dashboards and alert rules").containsKeys(
                "expo_registrations", "expo_pavilion_people_inside", "expo_gate_checkins_total", "expo_webhook_deliveries_total",
                "http_server_requests_seconds_count");

        String pavilion = scriptedDay();

        // The figures that live in the database appear with the services' next refresh (every few seconds).
        Map<String, Double> exposed = Map.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            exposed = scrapeAll();
            if (exposed.keySet().stream().map(ControlRoomMetricsIT::family).toList().containsAll(usedBy.keySet())
                    && exposed.containsKey("expo_pavilion_people_inside{pavilion=\"" + pavilion + "\"}")) {
                break;
            }
            Suite.sleep(Duration.ofSeconds(1));
        }
        Set<String> families = new TreeSet<>(exposed.keySet().stream().map(ControlRoomMetricsIT::family).toList());
        Map<String, Set<String>> missing = new TreeMap<>(usedBy);
        missing.keySet().removeAll(families);
        assertThat(missing).as("metrics named by the control room that no service exposes (name → where it is used)").isEmpty();

        // The pavilion's figures are the database's: one person inside of a safe limit of 300.
        assertThat(exposed).containsEntry("expo_pavilion_people_inside{pavilion=\"" + pavilion + "\"}", 1.0)
                .containsEntry("expo_pavilion_safe_limit{pavilion=\"" + pavilion + "\"}", 300.0);
    }

    /** A visitor registers, enters at a gate and a pavilion, and is scanned as a lead; answers the pavilion's code. */
    private static String scriptedDay() {
        String category = OrganizerApi.category("Control room day pass", "控制室日票", 10);
        String email = OrganizerApi.uniqueEmail("control.room");
        String secret = OrganizerApi.registered(category, email).getString("secret");
        Response badge = given().auth().oauth2(secret).accept(ContentType.JSON).get("/api/registrations/me/badge");
        assertThat(badge.statusCode()).as("GET badge answered %s", badge.asString()).isEqualTo(200);
        String token = badge.jsonPath().getString("token");

        Response checkin = given().auth().oauth2(Suite.token("scanner")).contentType(ContentType.JSON)
                .body(Map.of("badgeToken", token, "gate", "control-room-north", "direction", "IN", "nonce", UUID.randomUUID().toString()))
                .post("/api/checkins");
        assertThat(checkin.statusCode()).as("POST /api/checkins answered %s", checkin.asString()).isEqualTo(200);
        assertThat(checkin.jsonPath().getString("decision")).isEqualTo("ADMIT");

        OrganizerApi.Pavilion pavilion = OrganizerApi.pavilionWithADialogue();
        Response entry = given().auth().oauth2(Suite.token("scanner")).contentType(ContentType.JSON)
                .body(Map.of("badgeToken", token, "direction", "IN", "nonce", UUID.randomUUID().toString()))
                .post("/api/pavilions/" + pavilion.code() + "/scans");
        assertThat(entry.statusCode()).as("POST scans answered %s", entry.asString()).isEqualTo(200);

        JsonPath exhibitor = OrganizerApi.approvedExhibitor("Control Room Data Co. " + OrganizerApi.randomCode(6), pavilion);
        Response lead = given().auth().oauth2(exhibitor.getString("secret")).contentType(ContentType.JSON)
                .body(Map.of("badgeToken", token)).post("/api/exhibitors/" + exhibitor.getString("id") + "/leads");
        assertThat(lead.statusCode()).as("POST leads answered %s", lead.asString()).isEqualTo(201);
        return pavilion.code();
    }

    /** Every sample of the three services, keyed by name and labels as exposed. */
    private static Map<String, Double> scrapeAll() {
        Map<String, Double> samples = new TreeMap<>();
        for (Suite.Service service : Suite.Service.values()) {
            Response scraped = given().baseUri(service.directUri()).accept("text/plain").get("/q/metrics");
            assertThat(scraped.statusCode()).as("%s /q/metrics", service).isEqualTo(200);
            for (String line : scraped.asString().split("\n")) {
                Matcher sample = SAMPLE.matcher(line);
                if (!line.startsWith("#") && sample.find()) {
                    // the text format may end the labels with a comma: {pavilion="DA",}
                    String labels = sample.group(2) == null ? "" : sample.group(2).replace(",}", "}");
                    samples.merge(sample.group(1) + labels,
                            Double.parseDouble(sample.group(3)), Math::max);
                }
            }
        }
        return samples;
    }

    private static String family(String sample) {
        int labels = sample.indexOf('{');
        return labels < 0 ? sample : sample.substring(0, labels);
    }

    /** The metric names of a PromQL expression: words left once strings, label matchers, durations and grouping are out. */
    static Set<String> namesIn(String expression) {
        String bare = expression
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\$\\w+", " ");
        Set<String> names = new TreeSet<>();
        Matcher word = WORD.matcher(bare);
        while (word.find()) {
            String name = word.group();
            boolean function = bare.substring(word.end()).stripLeading().startsWith("(");
            boolean number = word.start() > 0 && Character.isDigit(bare.charAt(word.start() - 1));
            if (!function && !number && !KEYWORDS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<Path> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(MONITORING.resolve("grafana/dashboards"))) {
            List<Path> found = new ArrayList<>(files.filter(f -> f.toString().endsWith(".json")).sorted().toList());
            assertThat(found).as("dashboards in %s", MONITORING).isNotEmpty();
            return found;
        }
    }
}
