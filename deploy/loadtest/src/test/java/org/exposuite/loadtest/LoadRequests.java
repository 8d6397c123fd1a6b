package org.exposuite.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/** What the simulations send alike: the visitors' headers, the demo's venue, a registration, and how an answer is counted. */
final class LoadRequests {

    static final List<String> DEMO_PAVILIONS = List.of("INT", "DA", "FT", "DH", "IE", "DX", "BR");
    static final List<String> DAYS = List.of("2018-05-26", "2018-05-27", "2018-05-28", "2018-05-29");
    static final List<String> PRODUCT_TERMS = List.of("数据", "智能", "云", "AI", "cloud", "5G", "security", "机器人");
    private static final String CATEGORY_FULL = "https://problems.expo-suite.org/category-full";

    private LoadRequests() {
    }

    /** JSON answers, in the languages a visitor's browser asks for. */
    static HttpProtocolBuilder protocol(String url, String userAgent) {
        return http.baseUrl(url).acceptHeader("application/json").acceptLanguageHeader("zh-CN,zh;q=0.9,en;q=0.8")
                .userAgentHeader(userAgent);
    }

    /**
     * One new attendee registers with the session's Idempotency-Key (see {@link #timed}); a 201 holds a confirmation code,
     * a 409 is category-full; other statuses than the expected fail.
     */
    static HttpRequestActionBuilder registration(String name, Function<Session, String> body, Set<Integer> expected) {
        return http(name).post("/api/registrations")
                .header("Idempotency-Key", "#{idempotencyKey}")
                .body(StringBody(body::apply)).asJson()
                .check(status().saveAs("status"), responseTimeInMillis().saveAs("rt"), status().in(List.copyOf(expected)))
                .checkIf((response, session) -> response.status().code() == 409).then(jsonPath("$.type").is(CATEGORY_FULL))
                .checkIf((response, session) -> response.status().code() == 201).then(jsonPath("$.confirmationCode").exists());
    }

    /**
     * The request with a fresh Idempotency-Key, timed and counted under the rows; {@code ok} says which statuses succeed.
     * The request saves its status and response time ("status", "rt"), and may save the gateway's cache verdict ("cache"),
     * which then joins the status (200 HIT).
     */
    static ChainBuilder timed(Outcomes outcomes, HttpRequestActionBuilder request, Predicate<String> ok, String... rows) {
        return exec(session -> session.set("t0", System.currentTimeMillis()).set("idempotencyKey", UUID.randomUUID().toString()))
                .exec(request)
                .exec(session -> {
                    long end = System.currentTimeMillis();
                    long start = session.getLong("t0");
                    String status = session.contains("status") ? String.valueOf(session.getInt("status")) : "none";
                    int latency = session.contains("rt") ? session.getInt("rt") : (int) (end - start);
                    String shown = session.contains("cache") ? status + " " + session.getString("cache") : status;
                    outcomes.record(start, end, latency, shown, ok.test(status), rows);
                    return session.remove("status").remove("rt").remove("cache");
                });
    }
}
