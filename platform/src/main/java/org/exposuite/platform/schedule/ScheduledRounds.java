package org.exposuite.platform.schedule;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the rounds of the suite's scheduled jobs so the application's shutdown is never reported as a failure.
 * The scheduler does not wait for a running round, so the beans a round uses may go away under it; a job is
 * annotated {@code skipExecutionIf = Scheduled.ApplicationNotRunning.class} so no round starts once the
 * application stops, and runs its round here: the shutdown waits a moment for the rounds under way (which stop at
 * their next step), and one it still overtakes ends quietly. Every job keeps what it did not finish in the database
 * and simply does it again after the next start.
 */
// Singleton: a round holds the instance itself, not a client proxy that fails once the container is gone.
@Singleton
public class ScheduledRounds {

    private static final Logger LOG = Logger.getLogger(ScheduledRounds.class);

    // The scheduler's own skip predicate: one answer for "may a round start" and "did the shutdown end this one".
    private final Scheduled.ApplicationNotRunning applicationNotRunning;
    private final Duration shutdownWait;
    private int running;

    @Inject
    public ScheduledRounds(Scheduled.ApplicationNotRunning applicationNotRunning,
                           @ConfigProperty(name = "expo.scheduled-rounds.shutdown-wait", defaultValue = "10s") Duration shutdownWait) {
        this.applicationNotRunning = applicationNotRunning;
        this.shutdownWait = shutdownWait;
    }

    /** True once the application stops: a round should not begin, nor go on to its next step. */
    public boolean stopping() {
        // The predicate reads the application's state only, never the execution.
        return applicationNotRunning.test(null);
    }

    /**
     * One round of a job: none once the application stops; a failure while it runs is a WARN on the job's log
     * ("{@code job} round failed: the failure's kind"), one that the shutdown caused ends the round quietly.
     */
    public void run(Logger log, String job, Runnable round) {
        if (stopping()) {
            LOG.debugf("%s round not started: the application is stopping", job);
            return;
        }
        began();
        try {
            round.run();
        } catch (RuntimeException e) {
            failed(log, job + " round failed", e);
        } finally {
            ended();
        }
    }

    /**
     * Reports a step of a round (or of background work) that failed: a WARN on the given log while the application
     * runs, naming only the failure's kind (its message may hold personal data); nothing above DEBUG once it stops.
     */
    public void failed(Logger log, String what, RuntimeException failure) {
        if (stopping()) {
            LOG.debugf("%s while the application stops: %s", what, failure.getClass().getSimpleName());
            return;
        }
        log.warnf("%s: %s", what, failure.getClass().getSimpleName());
    }

    /**
     * Before the beans go away, lets the rounds under way finish their step (a statement, a send) for up to
     * {@code expo.scheduled-rounds.shutdown-wait}, so none is cut off inside the database or a transaction.
     */
    void awaitRoundsUnderWay(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) ShutdownEvent event) {
        long deadline = System.nanoTime() + shutdownWait.toNanos();
        synchronized (this) {
            long left;
            while (running > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (running > 0) {
                LOG.infof("%d scheduled round(s) still under way at shutdown; what they leave is done after the next start", running);
            }
        }
    }

    private synchronized void began() {
        running++;
    }

    private synchronized void ended() {
        running--;
        notifyAll();
    }
}
