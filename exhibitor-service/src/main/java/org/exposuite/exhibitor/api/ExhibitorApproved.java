package org.exposuite.exhibitor.api;

import java.time.Instant;
import java.util.UUID;
import org.exposuite.exhibitor.domain.Exhibitor;

/** Body of {@code exhibitor.approved}: the company, the booth and pavilion it was given, and when. No contact person. */
public record ExhibitorApproved(UUID exhibitorId, String companyNameEn, String companyNameZh, Exhibitor.State state,
                                String boothCode, String pavilionCode, Instant decidedAt) {
}
