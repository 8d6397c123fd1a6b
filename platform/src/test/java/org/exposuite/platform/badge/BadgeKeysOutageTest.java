package org.exposuite.platform.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exposuite.platform.badge.TestBadges.CLOCK;
import static org.exposuite.platform.badge.TestBadges.badge;
import static org.exposuite.testfixtures.BadgeKeysOutage.await;
import static org.exposuite.testfixtures.SignedBadges.newKey;

import com.nimbusds.jose.jwk.ECKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.exposuite.platform.badge.BadgeInvalidException.Reason;
import org.exposuite.platform.badge.TestBadges.Settings;
import org.exposuite.testfixtures.BadgeKeysOutage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** While registration-service is down or hangs, badges with cached keys keep verifying, and no scan waits on it. */
class BadgeKeysOutageTest {

    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);
    private static final int SCANS = 50;

    private final ECKey key = newKey("badge-2018-1");
    private final AtomicLong clockAdvance = new AtomicLong();
    private KeyServer registration;
    private Settings settings;
    private BadgeKeys keys;
    private BadgeVerifier verifier;

    @BeforeEach
    void startWithTheKeysFetched() throws Exception {
        registration = new KeyServer().publish(key);
        // the background keeps trying every 50 ms; each fetch may take up to the fetch timeout
        settings = Settings.keysAt(registration.url()).refreshingEvery(Duration.ofMillis(50));
        keys = new BadgeKeys(registration.url(), BadgeKeys.source(registration.url(), FETCH_TIMEOUT), settings,
                () -> System.nanoTime() + clockAdvance.get());
        keys.start();
        verifier = new BadgeVerifier(settings, CLOCK, keys);
        await(() -> registration.requests() >= 1, "the key server");
        keys.refresh().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        keys.close();
        registration.close();
    }

    @Test
    void keysAreFetchedInTheBackgroundWithoutAnyScan() {
        int fetches = registration.requests();

        await(() -> registration.requests() >= fetches + 3, "the key server");
        assertThat(verifier.verify(badge(key)).registrationId()).isEqualTo(TestBadges.REGISTRATION);
    }

    @Test
    void cachedKeysKeepVerifyingWhileTheRegistrationHangsAndAfterItStopsAlsoPastTheirMaxAge() throws Exception {
        List<Duration> whileAnswering = scans();

        registration.hang();
        int before = registration.requests();
        await(() -> registration.requests() > before, "the key server"); // a background fetch now waits for an answer that never comes
        clockAdvance.addAndGet(settings.maxAge().plusMinutes(1).toNanos()); // the cached keys are past their max age

        List<Duration> whileHanging = scans();
        // the control: the fetch in flight takes far longer than the bound, so a scan waiting on it would fail the test
        assertThatThrownBy(() -> keys.refresh().get(BadgeKeysOutage.SCAN_BOUND.toMillis(), TimeUnit.MILLISECONDS))
                .isInstanceOf(TimeoutException.class);

        registration.stop();
        // the fetch that hung fails once its connection is dropped, and the next one finds nobody listening
        assertThatThrownBy(() -> keys.refresh().get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertThatThrownBy(() -> keys.refresh().get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);

        List<Duration> whileStopped = scans();

        BadgeKeysOutage.report("badge verification while the key server answers", whileAnswering);
        BadgeKeysOutage.report("badge verification while the key server hangs", whileHanging);
        BadgeKeysOutage.report("badge verification while the key server is stopped", whileStopped);
        assertThat(whileHanging).allSatisfy(took -> assertThat(took).isLessThan(BadgeKeysOutage.SCAN_BOUND));
        assertThat(whileStopped).allSatisfy(took -> assertThat(took).isLessThan(BadgeKeysOutage.SCAN_BOUND));
    }

    @Test
    void anUnknownKeyIdWaitsBrieflyForTheFetchInFlightThenIsRefused() {
        registration.hang();
        int before = registration.requests();
        await(() -> registration.requests() > before, "the key server");

        String unknownKey = badge(newKey("badge-2018-2"));
        long started = System.nanoTime();
        assertThatThrownBy(() -> verifier.verify(unknownKey))
                .isInstanceOfSatisfying(BadgeInvalidException.class, refused -> assertThat(refused.reason()).isEqualTo(Reason.UNKNOWN_KEY));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isGreaterThanOrEqualTo(settings.unknownKeyWait()).isLessThan(FETCH_TIMEOUT);
        assertThat(verifier.verify(badge(key)).registrationId()).isEqualTo(TestBadges.REGISTRATION);
    }

    @Test
    void scansThatFindNoKeyShareTheOneFetchInFlight() throws Exception {
        try (KeyServer slow = new KeyServer().publish(key)) {
            slow.hang();
            Settings noRateLimit = Settings.keysAt(slow.url()).unknownKeysFetchingEvery(Duration.ZERO)
                    .fetchingWithin(Duration.ofMinutes(1)).waitingForUnknownKeys(Duration.ofSeconds(3));
            try (BadgeKeys cold = BadgeKeys.fetchedFrom(slow.url(), noRateLimit)) {
                BadgeVerifier verifier = new BadgeVerifier(noRateLimit, CLOCK, cold);

                assertThat(scanInParallel(verifier, badge(key), 10)).allSatisfy(scan ->
                        assertThatThrownBy(scan::get).hasCauseInstanceOf(BadgeKeysUnavailableException.class));
                assertThat(slow.requests()).as("ten scans without keys, one fetch").isEqualTo(1);

                slow.answer();
                assertThat(verifier.verify(badge(key)).registrationId()).isEqualTo(TestBadges.REGISTRATION);
                assertThat(slow.requests()).as("the shared fetch brought the keys").isEqualTo(1);
            }
        }
    }

    @Test
    void scansOneAfterAnotherWithoutKeysFetchEachTime() throws Exception {
        // the control of the test above: the counter sees every fetch that is not shared
        try (KeyServer failing = new KeyServer()) {
            failing.failWith(500);
            Settings noRateLimit = Settings.keysAt(failing.url()).unknownKeysFetchingEvery(Duration.ZERO);
            try (BadgeKeys cold = BadgeKeys.fetchedFrom(failing.url(), noRateLimit)) {
                BadgeVerifier verifier = new BadgeVerifier(noRateLimit, CLOCK, cold);
                for (int i = 0; i < 10; i++) {
                    assertThatThrownBy(() -> verifier.verify(badge(key))).isInstanceOf(BadgeKeysUnavailableException.class);
                }
                assertThat(failing.requests()).isEqualTo(10);
            }
        }
    }

    private static List<Future<Badge>> scanInParallel(BadgeVerifier verifier, String token, int scans) throws InterruptedException {
        ExecutorService scanners = Executors.newFixedThreadPool(scans);
        try {
            List<Callable<Badge>> all = new ArrayList<>();
            for (int i = 0; i < scans; i++) {
                all.add(() -> verifier.verify(token));
            }
            return scanners.invokeAll(all);
        } finally {
            scanners.shutdownNow();
        }
    }

    private List<Duration> scans() {
        String token = badge(key);
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < SCANS; i++) {
            long started = System.nanoTime();
            Badge badge = verifier.verify(token);
            times.add(Duration.ofNanos(System.nanoTime() - started));
            assertThat(badge.registrationId()).isEqualTo(TestBadges.REGISTRATION);
        }
        return times;
    }
}
