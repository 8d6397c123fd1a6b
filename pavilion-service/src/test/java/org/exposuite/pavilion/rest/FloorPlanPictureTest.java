package org.exposuite.pavilion.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The floor plan picture of a demo pavilion: well-formed SVG, every booth drawn, and it looks right in a browser. */
@QuarkusTest
class FloorPlanPictureTest {

    static final Path DEMO_PAVILIONS = Path.of("../deploy/local/demo-data/pavilions.json");
    static final String AWKWARD_NAME = "Tom & Jerry's <Data> \"Lab\" 数据实验室";

    /** Loads the demo Frontier Technology pavilion under a fresh code, assigns a few booths; returns the pavilion code. */
    private static String demoPavilion() throws Exception {
        JsonNode all = new ObjectMapper().readTree(Files.readString(DEMO_PAVILIONS, StandardCharsets.UTF_8));
        ObjectNode frontier = null;
        for (JsonNode p : all) {
            if (p.get("code").asText().equals("FT")) {
                frontier = (ObjectNode) p.deepCopy();
            }
        }
        String code = Fixtures.uniqueCode("FT");
        String prefix = code + "-";
        frontier.put("code", code);
        JsonNode booths = frontier.remove("booths");
        for (JsonNode booth : booths) {
            ((ObjectNode) booth).put("code", booth.get("code").asText().replace("FT-", prefix));
        }
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(frontier.toString())
                .post("/api/pavilions").then().statusCode(201);
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body("{\"booths\":" + booths + "}")
                .put("/api/pavilions/" + code + "/floorplan").then().statusCode(200);
        Map<String, String> exhibitors = new HashMap<>(Map.of(
                "I01", "Huawei", "I02", "iFlytek", "A02", AWKWARD_NAME, "A03", "Guizhou-Cloud Big Data", "B05", "Truck Alliance"));
        exhibitors.forEach((booth, name) -> given().auth().oauth2(Tokens.forRole("service")).contentType(ContentType.JSON)
                .body(Map.of("exhibitorId", "EX-" + booth, "exhibitorName", name))
                .put("/api/booths/" + prefix + booth + "/assignment").then().statusCode(200));
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body("{\"exhibitorId\":\"EX-HOLD\",\"exhibitorName\":\"Intel\",\"minutes\":60}")
                .post("/api/booths/" + prefix + "C04/hold").then().statusCode(200);
        return code;
    }

    @Test
    void floorPlanPictureIsWellFormedSvgWithEveryBoothAndEscapedNames() throws Exception {
        String code = demoPavilion();
        int booths = given().get("/api/pavilions/" + code + "/floorplan").then().extract().jsonPath().getList("booths").size();
        String svg = given().get("/api/pavilions/" + code + "/floorplan.svg")
                .then().statusCode(200).contentType("image/svg+xml").extract().asString();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.split("<g class=\"booth ", -1).length - 1).isEqualTo(booths).isGreaterThan(100);
        assertThat(svg).contains("Tom &amp; Jerry&apos;s &lt;Data&gt; &quot;Lab&quot;").doesNotContain("<Data>");
        assertThat(svg).contains("assigned (5)", "held (1)", "free (" + (booths - 6) + ")");
    }

    @Test
    void floorPlanPictureShowsTheBoothsInHeadlessChromium() throws Exception {
        // deploy/local/test installs Chromium; the browser path can be overridden for other systems
        Path chromium = Path.of(System.getProperty("expo.chromium", "/usr/bin/chromium"));
        assertThat(Files.isExecutable(chromium)).as("Chromium at " + chromium + " (a test prerequisite)").isTrue();
        String code = demoPavilion();
        String url = io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                + "/api/pavilions/" + code + "/floorplan.svg";
        Path profile = Files.createTempDirectory("chromium-profile");
        Path png = Path.of("target/floorplan-" + code + ".png").toAbsolutePath();
        Process browser = new ProcessBuilder(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--screenshot=" + png, "--window-size=1400,1000", url))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(browser.waitFor(90, TimeUnit.SECONDS)).as("Chromium finished").isTrue();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        Map<String, Integer> pixels = countColours(image, Map.of("free", 0xd5efd0, "held", 0xffe3a3, "assigned", 0xbcd6f5));
        // the free booths cover a good part of the hall; the assigned islands and the held booth are there too
        assertThat(pixels.get("free")).isGreaterThan(50_000);
        assertThat(pixels.get("assigned")).isGreaterThan(5_000);
        assertThat(pixels.get("held")).isGreaterThan(100);
    }

    private static Map<String, Integer> countColours(BufferedImage image, Map<String, Integer> colours) {
        Map<String, Integer> counts = new HashMap<>();
        colours.keySet().forEach(k -> counts.put(k, 0));
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.forEach((name, colour) -> {
                    if (rgb == colour) {
                        counts.merge(name, 1, Integer::sum);
                    }
                });
            }
        }
        return counts;
    }
}
