package org.exposuite.exhibitor.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * A staff member. {@code registrationId} is null while the badge is being issued; {@code badgeToken}
 * (the badge's QR content) comes only in the answer to registering the person.
 */
public record StaffMemberView(UUID id, String registrationId, String familyName, String givenName, String email,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String badgeToken) {
}
