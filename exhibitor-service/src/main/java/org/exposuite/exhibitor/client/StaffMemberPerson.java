package org.exposuite.exhibitor.client;

/** The staff member a badge is asked for, and the exhibitor's allowance registration-service checks it against. */
public record StaffMemberPerson(String exhibitorName, int allowance, String familyName, String givenName, String email) {
}
