package org.exposuite.exhibitor.client;

/** Body of registration-service's staff badge request: who, for which exhibitor, within which allowance. */
record StaffBadgeRequest(String exhibitorName, int allowance, String familyName, String givenName, String email) {
}
