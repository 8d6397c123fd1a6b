package org.exposuite.registration.domain;

/** The expo's themed pavilions, which attendees name as their interests. */
public enum PavilionTheme {
    INTERNATIONAL,
    DIGITAL_APPLICATIONS,
    FRONTIER_TECHNOLOGY,
    DIGITAL_HARDWARE,
    INNOVATION_AND_ENTREPRENEURSHIP,
    DIGITAL_EXPERIENCE,
    BELT_AND_ROAD
}
