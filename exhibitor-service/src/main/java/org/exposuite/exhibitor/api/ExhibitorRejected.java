package org.exposuite.exhibitor.api;

import java.time.Instant;
import java.util.UUID;
import org.exposuite.exhibitor.domain.Exhibitor;

/** Body of {@code exhibitor.rejected}: the company, the organizers' reason, and when. No contact person. */
public record ExhibitorRejected(UUID exhibitorId, String companyNameEn, String companyNameZh, Exhibitor.State state,
                                String reason, Instant decidedAt) {
}
