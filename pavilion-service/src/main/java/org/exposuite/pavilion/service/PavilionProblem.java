package org.exposuite.pavilion.service;

import org.exposuite.platform.problem.ProblemType;

/** Every problem pavilion-service answers, with its stable type, title and status. */
public enum PavilionProblem implements ProblemType {
    PAVILION_NOT_FOUND("pavilion-not-found", "Pavilion not found", 404),
    PAVILION_CODE_TAKEN("pavilion-code-taken", "Pavilion code already in use", 409),
    PAVILION_RETIRED("pavilion-retired", "Pavilion retired", 409),
    PAVILION_FULL("pavilion-full", "Pavilion full", 409),
    OCCUPANCY_ABOVE_LIMIT("occupancy-above-limit", "Occupancy above the new limit", 409),
    NOT_AN_EXPO_DAY("not-an-expo-day", "Not an expo day", 422),
    FLOOR_PLAN_INVALID("floor-plan-invalid", "Floor plan invalid", 422),
    BOOTH_NOT_FOUND("booth-not-found", "Booth not found", 404),
    BOOTH_TAKEN("booth-taken", "Booth taken", 409),
    BOOTH_NOT_ASSIGNED("booth-not-assigned", "Booth not assigned to this exhibitor", 409),
    SESSION_NOT_FOUND("session-not-found", "Session not found", 404),
    STAGE_TAKEN("stage-taken", "Stage taken", 409),
    SESSION_FULL("session-full", "Session full", 409),
    SEAT_CAPACITY_BELOW_RESERVATIONS("seat-capacity-below-reservations", "Seat capacity below reservations", 409),
    BADGE_NOT_VALID_FOR_DAY("badge-not-valid-for-day", "Badge not valid on this day", 403);

    private final String slug;
    private final String title;
    private final int status;

    PavilionProblem(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public int status() {
        return status;
    }
}
