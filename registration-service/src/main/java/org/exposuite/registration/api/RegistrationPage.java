package org.exposuite.registration.api;

import java.util.List;

/** One page of a filtered registration list, with the number of all matches. */
public record RegistrationPage(long total, int page, int size, List<RegistrationSummary> items) {
}
