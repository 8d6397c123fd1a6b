package org.exposuite.pavilion.domain;

/**
 * Whether a count (people in a pavilion, seats taken at a session) crossed its limit with one change of the count or
 * of the limit: full when it reached the limit, reopened when it fell below it again. Guarded statements change a count
 * one step at a time, so exactly one change makes each crossing.
 */
public enum LimitCrossing {
    FULL, REOPENED, NONE;

    public static LimitCrossing of(int countBefore, int limitBefore, int countAfter, int limitAfter) {
        boolean wasFull = countBefore >= limitBefore;
        boolean isFull = countAfter >= limitAfter;
        return wasFull == isFull ? NONE : isFull ? FULL : REOPENED;
    }
}
