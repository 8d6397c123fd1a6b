package org.exposuite.registration.rest;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Faults a test puts into one request, chosen by a request header, at the moment its transaction is about to commit
 * (the work and the Idempotency-Key are written, nothing is committed): the database goes away, or the request waits
 * inside its transaction until the test lets it go.
 */
@ApplicationScoped
public class BeforeCommit {

    static final String HEADER = "X-Test-Before-Commit";
    /** Cut the transaction's own connection for real, and refuse new ones until the test ends the outage. */
    static final String DATABASE_GOES_AWAY = "database-goes-away";
    private static final String HOLD = "hold:";
    private static final String APPLIED = BeforeCommit.class.getName();

    @Inject
    EntityManager entityManager;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    DatabaseOutage outage;

    private final Map<String, Hold> holds = new ConcurrentHashMap<>();

    /** A request that waits before its commit; send it with {@link Hold#header()}. */
    public final class Hold {
        private final String name;
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private Hold(String name) {
            this.name = name;
        }

        String header() {
            return HOLD + name;
        }

        /** Waits until the request is inside its transaction, just before the commit; false if it never got there. */
        boolean awaitArrival(Duration atMost) throws InterruptedException {
            return arrived.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
        }

        void release() {
            released.countDown();
            holds.remove(name);
        }
    }

    Hold hold(String name) {
        Hold hold = new Hold(name);
        holds.put(name, hold);
        return hold;
    }

    void beforeCommit(@Observes @BeforeDestroyed(TransactionScoped.class) Object transaction) throws InterruptedException {
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        RoutingContext request = currentRequest.getCurrent();
        String fault = request == null ? null : request.request().getHeader(HEADER);
        if (fault == null || request.get(APPLIED) != null) {
            return;
        }
        request.put(APPLIED, Boolean.TRUE);
        if (fault.equals(DATABASE_GOES_AWAY)) {
            databaseGoesAway();
        } else if (fault.startsWith(HOLD)) {
            Hold hold = holds.get(fault.substring(HOLD.length()));
            hold.arrived.countDown();
            hold.released.await();
        }
    }

    /** Another connection terminates this transaction's backend and waits until it is gone; the commit then fails. */
    private void databaseGoesAway() {
        Object backend = entityManager.createNativeQuery("select pg_backend_pid()").getSingleResult();
        QuarkusTransaction.requiringNew().run(() -> {
            boolean terminated = (Boolean) entityManager.createNativeQuery("select pg_terminate_backend(?1, 60000)")
                    .setParameter(1, backend).getSingleResult();
            if (!terminated) {
                throw new IllegalStateException("the transaction's backend was not terminated");
            }
        });
        outage.begin();
    }
}
