package org.exposuite.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.exposuite.systemtests.Suite.Service;
import org.exposuite.systemtests.VisitorLoad.Answer;
import org.exposuite.systemtests.VisitorLoad.Registration;
import org.junit.jupiter.api.Test;

/**
 * The suite rides out a restart of its PostgreSQL while visitors register and browse: during the outage they hear
 * 503 with Retry-After (never a 500), every service answers again by itself once the database is back, and every
 * acknowledged registration is there exactly once.
 *
 * <p>The database must go down, so this test runs a suite of its own (ports {@code expo.suite.port-base} + 10 to + 13)
 * on a {@link PrivateCluster}; the machine's shared PostgreSQL is never touched.
 */
class DatabaseRestartIT {

    private static final int PORT_BASE = Suite.PORT_BASE + 10;
    private static final int REGISTERING = 4;
    private static final int BROWSING = 2;
    private static final Duration STEADY = Duration.ofSeconds(5);
    /** How long the database stays down: long enough for every visitor to meet the outage. */
    private static final Duration OUTAGE = Duration.ofSeconds(4);
    /** A generous bound for a service to answer again once the database is back; the measured time is printed. */
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(30);
    private static final Duration FINISH_WITHIN = Duration.ofSeconds(60);
    /** One public list a visitor reads from each service, all of them from the database. */
    private static final Map<Service, String> PUBLIC_LIST = Map.of(
            Service.REGISTRATION, "/api/categories", Service.EXHIBITOR, "/api/exhibitors", Service.PAVILION, "/api/pavilions");

    @Test
    void registrationsAndBrowsingRideOutARestartOfTheDatabase() throws Exception {
        try (PrivateCluster database = PrivateCluster.start()) {
            Map<String, String> settings = new LinkedHashMap<>(database.suiteSettings());
            // all the visitors come from one address: the gateway's registration limit stays out of this test's way
            settings.put("REGISTRATION_RATE", "1000r/s");
            settings.put("REGISTRATION_BURST", "1000");
            Launcher suite = new Launcher(PORT_BASE, Suite.DATABASE_SUFFIX, Suite.work().resolve("database-restart"),
                    Suite.STARTUP_TIMEOUT, settings);
            String gateway = "http://127.0.0.1:" + PORT_BASE;
            try {
                suite.run("stop");
                suite.run("start");
                restartUnderLoad(database, gateway);
            } finally {
                suite.run("stop");
            }
        }
    }

    private static void restartUnderLoad(PrivateCluster database, String gateway) throws Exception {
        String category = VisitorLoad.category(gateway);
        try (VisitorLoad load = VisitorLoad.start(gateway, category, REGISTERING, BROWSING)) {
            Suite.sleep(STEADY);
            assertThat(load.acknowledged()).as("registrations acknowledged before the restart").isPositive();

            long down = System.nanoTime();
            database.stopServer();
            System.out.printf(Locale.ROOT, "[database-restart] PostgreSQL stopped (%d acknowledged so far)%n", load.acknowledged());
            Suite.sleep(OUTAGE);
            database.startServer();
            long back = System.nanoTime();
            System.out.println("[database-restart] PostgreSQL accepts connections again");

            Map<Service, CompletableFuture<Optional<Duration>>> recovering = new LinkedHashMap<>();
            for (Service service : Service.values()) {
                recovering.put(service, CompletableFuture.supplyAsync(
                        () -> VisitorLoad.untilAnswers(gateway + PUBLIC_LIST.get(service), RECOVERY_BOUND)));
            }
            Map<Service, Optional<Duration>> recovery = new LinkedHashMap<>();
            recovering.forEach((service, time) -> recovery.put(service, time.join()));
            Suite.sleep(STEADY);
            load.finish(FINISH_WITHIN);

            List<Answer> answers = load.answers();
            List<Registration> registrations = load.registrations();
            Map<String, Integer> present = VisitorLoad.registrationsIn(gateway, category);
            report(answers, registrations, present, recovery, down, back);

            recovery.forEach((service, time) -> assertThat(time)
                    .as("%s answers %s again within %s of the database being back", service.module(), PUBLIC_LIST.get(service), RECOVERY_BOUND)
                    .isPresent());
            assertThat(answers).as("answers while the database was down (between stop and start)")
                    .filteredOn(answer -> answer.atNanos() >= down && answer.atNanos() <= back)
                    .extracting(Answer::status).contains(503);
            assertThat(answers).as("every answer: the page, the registration, 503 during the outage, or a retry still in flight")
                    .allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isIn(200, 201, 503, 409));
            assertThat(answers).filteredOn(answer -> answer.status() == 503).allSatisfy(answer -> {
                assertThat(answer.problem()).as("503 is a problem: %s", answer).isTrue();
                assertThat(answer.problemType()).as("%s", answer).startsWith("https://problems.expo-suite.org/").doesNotContain("/gateway/");
                assertThat(answer.retryAfter()).as("503 says when to retry: %s", answer).isPresent();
            });
            assertOnlyInFlightConflicts(answers);
            assertAcknowledgedOnce(registrations, present);
            assertSameKeyReplaysAfterTheFault(load, registrations);
        }
    }

    /**
     * A registration retried across the fault, sent again with its key, gets the stored answer; with a new key, as a
     * client that forgot its key would send it, it meets the lasting 409 the load's retries never met.
     */
    static void assertSameKeyReplaysAfterTheFault(VisitorLoad load, List<Registration> registrations) {
        Registration retried = registrations.stream().filter(registration -> registration.statuses().size() > 1).findFirst()
                .orElse(registrations.get(0));
        VisitorLoad.Received replay = load.registerAgain(retried, retried.idempotencyKey());
        assertThat(replay.answer().status()).as("the same registration with its key again: %s", replay.body()).isEqualTo(201);
        assertThat(replay.replayed()).as("the answer is the stored one").isTrue();
        assertThat(VisitorLoad.idOf(replay)).isEqualTo(retried.id());
        VisitorLoad.Received newKey = load.registerAgain(retried, UUID.randomUUID().toString());
        assertThat(newKey.answer().status()).as("the same registration with a new key: %s", newKey.body()).isEqualTo(409);
        assertThat(newKey.answer().problemType()).endsWith("/already-registered");
    }

    /** A 409 only tells a registration's retry that the first attempt with its key is still under way. */
    static void assertOnlyInFlightConflicts(List<Answer> answers) {
        assertThat(answers).filteredOn(answer -> answer.status() == 409).allSatisfy(answer -> {
            assertThat(answer.registration()).as("409 to a registration: %s", answer).isTrue();
            assertThat(answer.problemType()).as("409 for a key still in flight: %s", answer).endsWith("/idempotency-key-in-flight");
        });
    }

    /** Every registration ended acknowledged (no lasting 409), and each acknowledged one is there exactly once. */
    static void assertAcknowledgedOnce(List<Registration> registrations, Map<String, Integer> present) {
        assertThat(registrations).as("registrations that never got their 201 (statuses of their attempts)")
                .filteredOn(registration -> !registration.acknowledged()).isEmpty();
        List<String> acknowledged = registrations.stream().map(Registration::id).toList();
        assertThat(acknowledged).as("one id per acknowledged registration").doesNotHaveDuplicates();
        assertThat(present).as("registrations the organizers see in the load's category, with how often each id appears")
                .allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
        assertThat(present.keySet()).as("registrations present vs acknowledged").containsExactlyInAnyOrderElementsOf(acknowledged);
    }

    private static void report(List<Answer> answers, List<Registration> registrations, Map<String, Integer> present,
            Map<Service, Optional<Duration>> recovery, long down, long back) {
        long acknowledged = registrations.stream().filter(Registration::acknowledged).count();
        System.out.printf(Locale.ROOT, "[database-restart] database down for %.1f s%n", (back - down) / 1e9);
        recovery.forEach((service, time) -> System.out.printf(Locale.ROOT, "[database-restart] %s answers again %s after the database is back%n",
                service.module(), time.map(t -> String.format(Locale.ROOT, "%.2f s", t.toNanos() / 1e9)).orElse("NOT")));
        answers.stream().filter(answer -> answer.registration() && answer.status() == 201 && answer.atNanos() > back)
                .mapToLong(Answer::atNanos).min().ifPresent(first -> System.out.printf(Locale.ROOT,
                        "[database-restart] first registration acknowledged %.2f s after the database is back%n", (first - back) / 1e9));
        System.out.printf(Locale.ROOT, "[database-restart] registrations: %d acknowledged, %d present, %d unfinished, %d replayed answers%n",
                acknowledged, present.size(), registrations.size() - acknowledged,
                registrations.stream().filter(Registration::replayed).count());
        System.out.println("[database-restart] registration answers by status: " + VisitorLoad.statusMix(answers, Answer::registration));
        System.out.println("[database-restart] browsing answers by status: " + VisitorLoad.statusMix(answers, answer -> !answer.registration()));
        System.out.println("[database-restart] answers between stop and start by status: "
                + VisitorLoad.statusMix(answers, answer -> answer.atNanos() >= down && answer.atNanos() <= back));
    }
}
