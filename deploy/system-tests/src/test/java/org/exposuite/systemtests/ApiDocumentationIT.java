package org.exposuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One documentation page at the gateway describes all three services. */
@SystemTest
class ApiDocumentationIT {

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]+src=\"([^\"]+\\.js)\"");

    @Test
    void docsPageIsSwaggerUiAndItsScriptsLoad() {
        Response page = given().get("/docs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.asString()).contains("swagger-ui");

        List<String> scripts = new ArrayList<>();
        Matcher matcher = SCRIPT.matcher(page.asString());
        while (matcher.find()) {
            scripts.add(matcher.group(1));
        }
        assertThat(scripts).as("scripts the page loads").anyMatch(src -> src.contains("swagger-ui-bundle"));
        for (String script : scripts) {
            Response asset = given().get("/docs/" + script);
            assertThat(asset.statusCode()).as("GET /docs/%s", script).isEqualTo(200);
            assertThat(asset.contentType()).as("type of /docs/%s", script).contains("javascript");
            assertThat(asset.asByteArray()).as("size of /docs/%s", script).hasSizeGreaterThan(1000);
        }
    }

    @ParameterizedTest
    @CsvSource({"registration, Registration", "exhibitor, Exhibitor", "pavilion, Pavilion"})
    void eachServicesOpenApiIsServedUnderDocs(String service, String titleWord) {
        Response spec = given().get("/docs/openapi/" + service);

        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.contentType()).startsWith("application/json");
        assertThat(spec.jsonPath().getString("openapi")).startsWith("3.");
        assertThat(spec.jsonPath().getString("info.title")).contains(titleWord);
        // every documented path is one the gateway routes, so the page's requests reach the service
        assertThat(spec.jsonPath().<String, Object>getMap("paths").keySet()).as("paths of the %s API", service)
                .isNotEmpty()
                .allSatisfy(path -> assertThat(path).startsWith("/api/"));
    }
}
