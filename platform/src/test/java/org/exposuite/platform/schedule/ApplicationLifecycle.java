package org.exposuite.platform.schedule;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The scheduler's own "application not running" predicate, told of the start and the shutdown as the container tells
 * it (its observer methods), so tests see the state the scheduler and the rounds see, without a running application.
 */
public final class ApplicationLifecycle {

    private final Scheduled.ApplicationNotRunning applicationNotRunning = new Scheduled.ApplicationNotRunning();

    /** An application that has started. */
    public static ApplicationLifecycle started() {
        ApplicationLifecycle lifecycle = new ApplicationLifecycle();
        lifecycle.fire("started", StartupEvent.class, new StartupEvent());
        return lifecycle;
    }

    /** The application begins to stop: the moment Quarkus fires its ShutdownEvent. */
    public void shutdown() {
        fire("shutdown", ShutdownEvent.class, new ShutdownEvent());
    }

    public Scheduled.ApplicationNotRunning applicationNotRunning() {
        return applicationNotRunning;
    }

    public ScheduledRounds rounds() {
        return new ScheduledRounds(applicationNotRunning);
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
