package org.exposuite.registration.domain;

/** Through which way a badge passes a gate. */
public enum GateDirection {
    IN, OUT
}
