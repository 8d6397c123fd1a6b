package org.exposuite.exhibitor.api;

import java.time.Instant;
import java.util.UUID;
import org.exposuite.exhibitor.domain.Exhibitor;

/**
 * Body of {@code exhibitor.withdrawn}: the company, and the booth and pavilion it gave up (both null when it withdrew
 * before an approval), and when. No contact person.
 */
public record ExhibitorWithdrawn(UUID exhibitorId, String companyNameEn, String companyNameZh, Exhibitor.State state,
                                 String boothCode, String pavilionCode, Instant withdrawnAt) {
}
