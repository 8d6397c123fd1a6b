package org.exposuite.registration.domain;

/** What the gate does with the badge holder. */
public enum GateDecision {
    ADMIT, DENY
}
