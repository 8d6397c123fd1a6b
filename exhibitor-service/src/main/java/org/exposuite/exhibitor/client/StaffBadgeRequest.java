package org.exposuite.exhibitor.client;

/**
 * Body of registration-service's staff badge request: the staff member a badge is asked for, for which exhibitor, and
 * the exhibitor's allowance registration-service checks it against.
 */
public record StaffBadgeRequest(String exhibitorName, int allowance, String familyName, String givenName, String email) {
}
