package org.exposuite.pavilion.domain;

import jakarta.persistence.Embeddable;

/** A person on the stage of a session. */
@Embeddable
public class Speaker {

    public String name;

    public String affiliation;

    public Speaker() {
    }

    public Speaker(String name, String affiliation) {
        this.name = name;
        this.affiliation = affiliation;
    }
}
