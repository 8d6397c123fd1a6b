package org.exposuite.exhibitor.client;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.exposuite.exhibitor.api.ExhibitorProblem;

/**
 * The other service refused the request for a reason the caller must fix (booth taken, unknown booth, staff allowance
 * used up, a person it does not accept): never retried, never counted against the other service's circuit.
 */
public class RefusedByService extends HttpProblem {

    RefusedByService(HttpProblem.Builder problem) {
        super(problem);
    }

    static RefusedByService boothTaken(String boothCode) {
        return new RefusedByService(ExhibitorProblem.BOOTH_TAKEN
                .builder("Booth '%s' is held by or assigned to another exhibitor; choose another booth.", boothCode)
                .with("boothCode", boothCode));
    }

    static RefusedByService boothNotFound(String boothCode) {
        return new RefusedByService(ExhibitorProblem.BOOTH_NOT_FOUND
                .builder("There is no booth '%s' on the floor plans.", boothCode)
                .with("boothCode", boothCode));
    }

    public static RefusedByService staffAllowanceExhausted(int allowance) {
        return new RefusedByService(ExhibitorProblem.STAFF_ALLOWANCE_EXHAUSTED
                .builder("Your booth allows no more staff badges; remove a staff member first.").with("allowance", allowance));
    }

    static RefusedByService staffBadgeRefused(int status) {
        return new RefusedByService(ExhibitorProblem.STAFF_BADGE_REFUSED.builder(
                "The registration refused a badge for this person (it answered %d); check the name and e-mail address. "
                        + "Nothing was registered.", status));
    }
}
