package org.exposuite.exhibitor.api;

/** The contact a visitor chose to share with exhibitors. */
public record LeadContact(String familyName, String givenName, String latinName, String email, String phone,
                          String organization, String jobTitle, String country) {
}
