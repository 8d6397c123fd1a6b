package org.exposuite.pavilion.api;

/** Both booths after a move: the old one free, the new one assigned. */
public record MoveResult(BoothView from, BoothView to) {
}
