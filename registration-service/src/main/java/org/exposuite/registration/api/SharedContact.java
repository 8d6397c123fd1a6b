package org.exposuite.registration.api;

/** What an exhibitor may learn about an attendee who opted in to sharing contact details with exhibitors. */
public record SharedContact(String familyName, String givenName, String latinName, String email, String phone,
                            String organization, String jobTitle, String country) {
}
