package org.exposuite.pavilion.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** A capacity change never cancels reservations silently. */
public class SeatCapacityBelowReservationsException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/seat-capacity-below-reservations");

    public SeatCapacityBelowReservationsException(int reserved) {
        super(builder()
                .withType(TYPE)
                .withTitle("Seat capacity below reservations")
                .withStatus(409)
                .withDetail("The session already has " + reserved + " reserved seats; the capacity cannot be lower."));
    }
}
