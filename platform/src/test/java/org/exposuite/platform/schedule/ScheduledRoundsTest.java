package org.exposuite.platform.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.ShutdownEvent;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.exposuite.testfixtures.ApplicationLifecycle;
import org.exposuite.testfixtures.RecordedLog;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A scheduled job's round and the application's shutdown. The scheduler does not wait for a running round, so the
 * beans it uses go away under it (a client proxy then throws NullPointerException). The shutdown is fired through
 * the scheduler's own predicate at the exact point it matters, with no timing involved.
 */
class ScheduledRoundsTest {

    /** A job of its own, so its log is the one the test reads. */
    private static final class HoldSweep {
        static final Logger LOG = Logger.getLogger(HoldSweep.class);
    }

    private final ApplicationLifecycle application = ApplicationLifecycle.started();
    private final ScheduledRounds rounds = new ScheduledRounds(application.applicationNotRunning(), Duration.ofMinutes(5));
    private final RecordedLog log = RecordedLog.of(HoldSweep.class, ScheduledRounds.class);
    private final AtomicInteger roundsRun = new AtomicInteger();

    @AfterEach
    void stopListening() {
        log.close();
    }

    @Test
    void theSchedulerSkipsEveryRoundOnceTheApplicationStops() {
        assertThat(application.applicationNotRunning().test(null)).as("running: rounds start").isFalse();
        application.shutdown();
        assertThat(application.applicationNotRunning().test(null)).as("stopping: the scheduler skips").isTrue();
        assertThat(rounds.stopping()).isTrue();
    }

    @Test
    void aRoundRunsWhileTheApplicationRuns() {
        rounds.run(HoldSweep.LOG, "booth hold sweep", roundsRun::incrementAndGet);
        assertThat(roundsRun).hasValue(1);
        assertThat(rounds.stopping()).isFalse();
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void noRoundStartsOnceTheApplicationStops() {
        application.shutdown();
        rounds.run(HoldSweep.LOG, "booth hold sweep", roundsRun::incrementAndGet);
        assertThat(roundsRun).hasValue(0);
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void aRoundThatFailsBecauseTheApplicationStopsEndsQuietly() {
        rounds.run(HoldSweep.LOG, "booth hold sweep", () -> {
            roundsRun.incrementAndGet();
            application.shutdown();
            throw new NullPointerException();
        });
        assertThat(roundsRun).hasValue(1);
        assertThat(log.warnings()).as("no WARN, ERROR or stack trace").isEmpty();
    }

    @Test
    void aRoundThatFailsWhileTheApplicationRunsIsAWarningWithoutItsMessage() {
        rounds.run(HoldSweep.LOG, "booth hold sweep", () -> {
            throw new IllegalStateException("visitor li.wei@example.com");
        });
        assertThat(log.warnings()).containsExactly("booth hold sweep round failed: IllegalStateException");
        assertThat(log.records()).allSatisfy(record -> {
            assertThat(record.getThrown()).as("no stack trace").isNull();
            assertThat(record.getLoggerName()).as("on the job's own log").isEqualTo(HoldSweep.class.getName());
        });
    }

    @Test
    void aStepThatFailsWhileTheApplicationRunsIsAWarning() {
        rounds.failed(HoldSweep.LOG, "contact of lead 42 could not be filled in", new IllegalStateException("li.wei@example.com"));
        assertThat(log.warnings()).containsExactly("contact of lead 42 could not be filled in: IllegalStateException");
    }

    @Test
    void aStepThatFailsOnceTheApplicationStopsIsNoWarning() {
        application.shutdown();
        rounds.failed(HoldSweep.LOG, "contact of lead 42 could not be filled in", new NullPointerException());
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void theShutdownWaitsForTheRoundUnderWayBeforeTheBeansGoAway() throws InterruptedException {
        CountDownLatch underWay = new CountDownLatch(1);
        CountDownLatch stepDone = new CountDownLatch(1);
        AtomicBoolean roundEnded = new AtomicBoolean();
        Thread round = new Thread(() -> rounds.run(HoldSweep.LOG, "booth hold sweep", () -> {
            underWay.countDown();
            await(stepDone); // a statement still running in the database
            roundEnded.set(true);
        }));
        round.start();
        await(underWay);

        AtomicBoolean roundEndedWhenTheShutdownWentOn = new AtomicBoolean();
        Thread shutdown = new Thread(() -> {
            application.shutdown();
            rounds.awaitRoundsUnderWay(new ShutdownEvent());
            roundEndedWhenTheShutdownWentOn.set(roundEnded.get());
        });
        shutdown.start();
        // The shutdown is waiting (or, without the wait, already gone on) before the round's step is done.
        while (shutdown.getState() != Thread.State.TIMED_WAITING && shutdown.isAlive()) {
            Thread.onSpinWait();
        }
        stepDone.countDown();
        shutdown.join();
        round.join();
        assertThat(roundEndedWhenTheShutdownWentOn).as("the beans go away only after the round").isTrue();
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void theShutdownWaitsNoLongerThanItsLimit() throws InterruptedException {
        ScheduledRounds impatient = new ScheduledRounds(application.applicationNotRunning(), Duration.ZERO);
        CountDownLatch underWay = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        Thread round = new Thread(() -> impatient.run(HoldSweep.LOG, "booth hold sweep", () -> {
            underWay.countDown();
            await(never);
        }));
        round.start();
        await(underWay);
        application.shutdown();
        impatient.awaitRoundsUnderWay(new ShutdownEvent());
        assertThat(round.isAlive()).as("the shutdown went on without it").isTrue();
        never.countDown();
        round.join();
        assertThat(log.warnings()).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
