package org.exposuite.testfixtures;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The rule every scheduled job of the suite follows, so it stops cleanly with the application: the scheduler starts
 * no round once the application stops, and the round runs through the platform's ScheduledRounds, which ends one
 * the shutdown overtakes quietly and reports a failure while the application runs as a WARN.
 */
public final class ScheduledJobs {

    private static final String SCHEDULED = "io.quarkus.scheduler.Scheduled";
    private static final String APPLICATION_NOT_RUNNING = "io.quarkus.scheduler.Scheduled$ApplicationNotRunning";
    private static final String SCHEDULED_ROUNDS = "org.exposuite.platform.schedule.ScheduledRounds";

    public static final ArchRule STOP_WITH_THE_APPLICATION = methods()
            .that().areAnnotatedWith(SCHEDULED)
            .should(skipOnceTheApplicationStops())
            .andShould(runTheirRoundThroughScheduledRounds());

    private ScheduledJobs() {
    }

    private static ArchCondition<JavaMethod> skipOnceTheApplicationStops() {
        return new ArchCondition<>("skip their execution if the application is not running") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                JavaAnnotation<JavaMethod> scheduled = method.getAnnotationOfType(SCHEDULED);
                boolean skips = scheduled.get("skipExecutionIf")
                        .map(predicate -> ((JavaClass) predicate).getName().equals(APPLICATION_NOT_RUNNING))
                        .orElse(false);
                events.add(new SimpleConditionEvent(method, skips, method.getFullName()
                        + (skips ? " skips" : " does not skip") + " its execution once the application stops"));
            }
        };
    }

    private static ArchCondition<JavaMethod> runTheirRoundThroughScheduledRounds() {
        return new ArchCondition<>("run their round through ScheduledRounds.run") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean runs = method.getMethodCallsFromSelf().stream().anyMatch(call ->
                        call.getTargetOwner().getName().equals(SCHEDULED_ROUNDS) && call.getName().equals("run"));
                events.add(new SimpleConditionEvent(method, runs, method.getFullName()
                        + (runs ? " runs" : " does not run") + " its round through ScheduledRounds.run"));
            }
        };
    }
}
