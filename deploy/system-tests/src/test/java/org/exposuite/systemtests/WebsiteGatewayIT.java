package org.exposuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gateway serves the website at / under a strict policy, next to the APIs and the docs, which keep their answers. */
@SystemTest
class WebsiteGatewayIT {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' blob: data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";
    private static final Pattern STYLESHEET = Pattern.compile("<link[^>]+rel=\"stylesheet\"[^>]+href=\"([^\"]+)\"");
    private static final Pattern MODULE = Pattern.compile("<script[^>]+src=\"([^\"]+)\"");
    /** Without automatic decompression, so the test sees what the gateway sent. */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/venue.html", "/exhibitors.html", "/register.html", "/manage.html",
            "/waitlist.html", "/exhibit.html", "/exhibitor.html"})
    void everyPageIsServedAsHtmlUnderTheStrictPolicy(String path) {
        Response page = given().accept("text/html").get(path);

        assertThat(page.statusCode()).as("GET %s", path).isEqualTo(200);
        assertThat(page.contentType()).as("type of %s", path).isEqualToIgnoringCase("text/html; charset=utf-8");
        assertThat(page.asString()).as("body of %s", path).startsWithIgnoringCase("<!doctype html>");
        assertThat(page.header("Content-Security-Policy")).isEqualTo(CONTENT_SECURITY_POLICY);
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        // the secret in manage.html#rs_… never leaves the page in a Referer
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        // a page is checked with the gateway at every visit (ETag), so a new version reaches every visitor
        assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(page.header("ETag")).isNotBlank();
    }

    @Test
    void homePageIsTheWebsiteNotTheDocs() {
        Response home = given().redirects().follow(false).accept("text/html").get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.asString()).doesNotContain("swagger-ui").contains("/register.html");
    }

    @Test
    void aRevalidatedPageThatDidNotChangeIsNotSentAgain() {
        Response first = given().get("/register.html");

        Response again = given().header("If-None-Match", first.header("ETag")).get("/register.html");

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.asByteArray()).isEmpty();
    }

    @Test
    void stylesheetsAndModulesAreCachedAndCompressed() {
        String home = given().get("/register.html").asString();
        String stylesheet = first(STYLESHEET, home);
        String module = first(MODULE, home);

        for (String asset : new String[] {stylesheet, module}) {
            Response plain = given().config(RAW).header("Accept-Encoding", "identity").get(asset);
            assertThat(plain.statusCode()).as("GET %s", asset).isEqualTo(200);
            assertThat(plain.header("Cache-Control")).as("caching of %s", asset).isEqualTo("public, max-age=3600");
            assertThat(plain.header("X-Content-Type-Options")).isEqualTo("nosniff");

            Response compressed = given().config(RAW).header("Accept-Encoding", "gzip").get(asset);
            assertThat(compressed.statusCode()).isEqualTo(200);
            if (plain.asByteArray().length >= 512) {
                assertThat(compressed.header("Content-Encoding")).as("encoding of %s", asset).isEqualTo("gzip");
                assertThat(compressed.asByteArray().length).as("compressed size of %s", asset).isLessThan(plain.asByteArray().length);
            }
            assertThat(compressed.header("Vary")).as("Vary of %s", asset).containsIgnoringCase("Accept-Encoding");
        }
        assertThat(given().get(stylesheet).contentType()).startsWith("text/css");
        assertThat(given().get(module).contentType()).containsAnyOf("text/javascript", "application/javascript");
    }

    @Test
    void missingPageIsANotFoundPageForABrowser() {
        Response missing = given().accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/no-such-page.html");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("text/html");
        assertThat(missing.asString()).contains("Page not found").contains("页面不存在").contains("href=\"/\"");
        assertThat(missing.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(missing.header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page.html", "/css/", "/js"})
    void missingPathIsTheNotFoundProblemForAnApiClient(String path) {
        Response missing = given().accept("application/json").get(path);

        assertThat(missing.statusCode()).as("GET %s", path).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.jsonPath().getString("type")).endsWith("/gateway/not-found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/nothing", "/api/pavilionsandmore", "/api/nothing.html"})
    void unknownApiPathStaysTheNotFoundProblemEvenForABrowser(String path) {
        Response missing = given().accept("text/html,*/*;q=0.8").get(path);

        assertThat(missing.statusCode()).as("GET %s", path).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.jsonPath().getString("type")).endsWith("/gateway/not-found");
        assertThat(missing.header("Content-Security-Policy")).isNull();
    }

    @Test
    void apiAnswersKeepTheirOwnHeaders() {
        Response categories = given().accept("application/json").get("/api/categories");

        assertThat(categories.statusCode()).isEqualTo(200);
        assertThat(categories.contentType()).startsWith("application/json");
        assertThat(categories.header("Content-Security-Policy")).isNull();
        assertThat(categories.header("Cache-Control")).isNotEqualTo("public, max-age=3600");
    }

    @Test
    void postingToAPageIsRefusedAsAProblem() {
        Response posted = given().contentType("application/x-www-form-urlencoded").body("email=a%40b.cn").post("/register.html");

        assertThat(posted.statusCode()).isEqualTo(405);
        assertThat(posted.contentType()).startsWith("application/problem+json");
        assertThat(posted.header("Allow")).isEqualTo("GET, HEAD");
        assertThat(posted.jsonPath().getString("type")).endsWith("/gateway/method-not-allowed");
    }

    private static String first(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }
}
