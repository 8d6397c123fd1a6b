package org.exposuite.exhibitor.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A staff member's badge as registration-service issued it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StaffBadge(String registrationId, String badgeToken) {
}
