package org.exposuite.exhibitor.security;

import java.time.LocalDate;
import java.util.List;

/** What a verified badge says: whose registration, its category, and the expo days it admits. */
public record Badge(String registrationId, String category, List<LocalDate> days) {
}
