package org.exposuite.exhibitor.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The contact details a visitor agreed to share with the exhibitors who scan the badge. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SharedContact(String familyName, String givenName, String latinName, String email, String phone,
                            String organization, String jobTitle, String country) {
}
