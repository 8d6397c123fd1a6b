package org.exposuite.testfixtures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

/**
 * What every service answers alike on the platform's endpoints: readiness with its database, liveness, Prometheus
 * metrics, and its own API document. A service's test extends this and names its document's title and one of its paths.
 */
public abstract class PlatformEndpointChecks {

    private final String title;
    private final String path;

    /** @param title the API document's title; @param path a path the document must describe */
    protected PlatformEndpointChecks(String title, String path) {
        this.title = title;
        this.path = path;
    }

    @Test
    public void readinessIncludesTheDatabase() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    public void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    public void metricsArePrometheusText() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    public void openApiDescribesTheService() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo(title))
                .body("info.version", equalTo("1.0.0"))
                .body("paths", hasKey(path));
    }
}
