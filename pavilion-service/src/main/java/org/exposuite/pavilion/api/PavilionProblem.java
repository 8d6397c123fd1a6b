package org.exposuite.pavilion.api;

import org.exposuite.platform.problem.ProblemType;

/** Every problem pavilion-service answers, with its stable type, title and status. */
public final class PavilionProblem {

    public static final ProblemType PAVILION_NOT_FOUND = ProblemType.of("pavilion-not-found", "Pavilion not found", 404);
    public static final ProblemType PAVILION_CODE_TAKEN = ProblemType.of("pavilion-code-taken", "Pavilion code already in use", 409);
    public static final ProblemType PAVILION_RETIRED = ProblemType.of("pavilion-retired", "Pavilion retired", 409);
    public static final ProblemType PAVILION_FULL = ProblemType.of("pavilion-full", "Pavilion full", 409);
    public static final ProblemType OCCUPANCY_ABOVE_LIMIT = ProblemType.of("occupancy-above-limit", "Occupancy above the new limit", 409);
    public static final ProblemType NOT_AN_EXPO_DAY = ProblemType.of("not-an-expo-day", "Not an expo day", 422);
    public static final ProblemType FLOOR_PLAN_INVALID = ProblemType.of("floor-plan-invalid", "Floor plan invalid", 422);
    public static final ProblemType BOOTH_NOT_FOUND = ProblemType.of("booth-not-found", "Booth not found", 404);
    public static final ProblemType BOOTH_TAKEN = ProblemType.of("booth-taken", "Booth taken", 409);
    public static final ProblemType DEADLINE_PASSED = ProblemType.of("deadline-passed", "Deadline passed", 408);
    public static final ProblemType BOOTH_NOT_ASSIGNED = ProblemType.of("booth-not-assigned", "Booth not assigned to this exhibitor", 409);
    public static final ProblemType SESSION_NOT_FOUND = ProblemType.of("session-not-found", "Session not found", 404);
    public static final ProblemType STAGE_TAKEN = ProblemType.of("stage-taken", "Stage taken", 409);
    public static final ProblemType SESSION_FULL = ProblemType.of("session-full", "Session full", 409);
    public static final ProblemType SEAT_CAPACITY_BELOW_RESERVATIONS = ProblemType.of("seat-capacity-below-reservations", "Seat capacity below reservations", 409);
    public static final ProblemType BADGE_NOT_VALID_FOR_DAY = ProblemType.of("badge-not-valid-for-day", "Badge not valid on this day", 403);

    private PavilionProblem() {
    }
}
