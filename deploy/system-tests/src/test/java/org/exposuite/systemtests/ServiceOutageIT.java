package org.exposuite.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.exposuite.systemtests.Suite.Service;
import org.exposuite.systemtests.VisitorLoad.Answer;
import org.exposuite.systemtests.VisitorLoad.Registration;
import org.junit.jupiter.api.Test;

/**
 * When a service is down (stopped, or killed under load) the gateway says so at once, as a problem, and routes again
 * when it is back; a crash loses no acknowledged registration.
 */
@SystemTest
class ServiceOutageIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void stoppedServiceIsReportedWithinOneSecondAndServedAgainAfterRestart() throws Exception {
        // a request first, so the gateway holds a keep-alive connection that the stop will break
        assertThat(exhibitors().statusCode()).isEqualTo(200);

        Suite.stop(Service.EXHIBITOR);
        try {
            long started = System.nanoTime();
            HttpResponse<String> response = exhibitors();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

            assertThat(response.statusCode()).isIn(502, 503);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JsonPath.from(response.body()).getString("type")).startsWith("https://").contains("/gateway/");
            assertThat(elapsed).as("time to the gateway's answer").isLessThan(Duration.ofSeconds(1));
            // the other services are untouched
            assertThat(get("/api/pavilions").statusCode()).isEqualTo(200);
        } finally {
            Suite.start(Service.EXHIBITOR);
        }

        assertThat(exhibitors().statusCode()).as("GET /api/exhibitors once exhibitor-service is ready again").isEqualTo(200);
    }

    @Test
    void serviceKilledUnderLoadIsReportedAtOnceAndLosesNoAcknowledgedRegistration() throws Exception {
        String gateway = Suite.gateway();
        String category = VisitorLoad.category(gateway);
        long killed;
        long back;
        Answer whileDown;
        Optional<Duration> answersAgain;
        // four visitors registering and two browsing stay below the gateway's registration limit, retries included
        try (VisitorLoad load = VisitorLoad.start(gateway, category, 4, 2)) {
            Suite.sleep(Duration.ofSeconds(5));
            assertThat(load.acknowledged()).as("registrations acknowledged before the crash").isPositive();

            killed = System.nanoTime();
            Suite.kill(Service.REGISTRATION);
            try {
                whileDown = VisitorLoad.get(gateway + "/api/categories");
                // the visitors keep trying for a while against the gateway alone
                Suite.sleep(Duration.ofSeconds(3));
            } finally {
                Suite.start(Service.REGISTRATION);
            }
            back = System.nanoTime();
            answersAgain = VisitorLoad.untilAnswers(gateway + "/api/categories", Duration.ofSeconds(30));
            Suite.sleep(Duration.ofSeconds(5));
            load.finish(Duration.ofSeconds(60));

            List<Answer> answers = load.answers();
            List<Registration> registrations = load.registrations();
            Map<String, Integer> present = VisitorLoad.registrationsIn(gateway, category);
            System.out.printf(Locale.ROOT, "[service-killed] registration-service down %.1f s (killed, started, ready); "
                            + "GET /api/categories meanwhile: %d in %d ms; through the gateway again %s after it was ready%n",
                    (back - killed) / 1e9, whileDown.status(), whileDown.took().toMillis(),
                    answersAgain.map(time -> time.toMillis() + " ms").orElse("NOT"));
            System.out.printf(Locale.ROOT, "[service-killed] registrations: %d acknowledged, %d present, %d unfinished, %d replayed answers%n",
                    load.acknowledged(), present.size(), registrations.size() - load.acknowledged(),
                    registrations.stream().filter(Registration::replayed).count());
            System.out.println("[service-killed] registration answers by status: " + VisitorLoad.statusMix(answers, Answer::registration));
            System.out.println("[service-killed] browsing answers by status: " + VisitorLoad.statusMix(answers, answer -> !answer.registration()));
            answers.stream().filter(answer -> answer.status() == 502 || answer.status() == 503).mapToLong(answer -> answer.took().toMillis())
                    .max().ifPresent(slowest -> System.out.println("[service-killed] slowest gateway answer while down: " + slowest + " ms"));

            assertThat(whileDown.status()).as("GET /api/categories while registration-service is down").isIn(502, 503);
            assertThat(whileDown.problem()).isTrue();
            assertThat(whileDown.problemType()).startsWith("https://problems.expo-suite.org/gateway/");
            assertThat(whileDown.took()).as("time to the gateway's answer").isLessThan(Duration.ofSeconds(1));
            assertThat(answersAgain).as("registration-service answers again after its start").isPresent();
            // the other services are untouched; registration-service's own answers are the page, the registration, or a retry
            assertThat(answers).filteredOn(answer -> !answer.path().endsWith("/api/registrations") && !answer.path().equals("/api/categories"))
                    .extracting(Answer::status).containsOnly(200);
            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isIn(200, 201, 409, 502, 503));
            assertThat(answers).filteredOn(answer -> answer.status() == 502 || answer.status() == 503).allSatisfy(answer -> {
                assertThat(answer.problem()).as("the gateway's answer is a problem: %s", answer).isTrue();
                assertThat(answer.problemType()).as("%s", answer).startsWith("https://problems.expo-suite.org/gateway/");
            });
            DatabaseRestartIT.assertOnlyInFlightConflicts(answers);
            DatabaseRestartIT.assertAcknowledgedOnce(registrations, present);
            DatabaseRestartIT.assertSameKeyReplaysAfterTheFault(load, registrations);
        }
    }

    private static HttpResponse<String> exhibitors() throws Exception {
        return get("/api/exhibitors");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        // the client's own timeout is far above the limit, so a hanging gateway shows as a slow answer, not a hang
        HttpRequest request = HttpRequest.newBuilder(URI.create(Suite.gateway() + path))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").header("Cache-Control", VisitorLoad.FRESH).GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
