package org.exposuite.registration.rest;

import java.util.List;

/** One page of a filtered registration list, with the number of all matches. */
public record RegistrationPage(long total, int page, int size, List<RegistrationSummary> items) {
}
