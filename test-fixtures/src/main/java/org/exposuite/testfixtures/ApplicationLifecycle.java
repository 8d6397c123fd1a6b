package org.exposuite.testfixtures;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The scheduler's own "application not running" predicate, told of the start and the shutdown the way the container
 * tells it (through its observer methods), so a test puts a scheduled job in the state the scheduler and the rounds
 * see when the application stops, at the exact point it matters and with no timing involved.
 */
public final class ApplicationLifecycle {

    private final Scheduled.ApplicationNotRunning applicationNotRunning;

    private ApplicationLifecycle(Scheduled.ApplicationNotRunning applicationNotRunning) {
        this.applicationNotRunning = applicationNotRunning;
    }

    /** A started application of its own, for a job run without a container. */
    public static ApplicationLifecycle started() {
        ApplicationLifecycle lifecycle = new ApplicationLifecycle(new Scheduled.ApplicationNotRunning());
        lifecycle.start();
        return lifecycle;
    }

    /** The running test application's own predicate (its bean): a test that stops it must start it again. */
    public static ApplicationLifecycle of(Scheduled.ApplicationNotRunning applicationNotRunning) {
        return new ApplicationLifecycle(applicationNotRunning);
    }

    /** The application begins to stop: the moment Quarkus fires its ShutdownEvent. */
    public void shutdown() {
        fire("shutdown", ShutdownEvent.class, new ShutdownEvent());
    }

    /** The application has started (again). */
    public void start() {
        fire("started", StartupEvent.class, new StartupEvent());
    }

    public Scheduled.ApplicationNotRunning applicationNotRunning() {
        return applicationNotRunning;
    }

    private <E> void fire(String observer, Class<E> type, E event) {
        try {
            Method method = Scheduled.ApplicationNotRunning.class.getDeclaredMethod(observer, type);
            method.setAccessible(true);
            method.invoke(applicationNotRunning, event);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("the scheduler's predicate observes the application's " + type.getSimpleName(), e);
        }
    }
}
