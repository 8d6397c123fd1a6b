package org.exposuite.pavilion.domain;

import jakarta.persistence.Embeddable;

/** A person on the stage of a session. */
@Embeddable
public record Speaker(String name, String affiliation) {
}
