package org.exposuite.registration.api;

import java.util.UUID;

/** A staff member's registration and badge token. */
public record StaffBadge(UUID registrationId, String badgeToken) {
}
