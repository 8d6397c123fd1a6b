package org.exposuite.exhibitor.api;

import java.time.Instant;
import java.util.UUID;
import org.exposuite.exhibitor.domain.Exhibitor;

/** Body of {@code exhibitor.submitted}: the company and when it sent its application. No contact person. */
public record ExhibitorSubmitted(UUID exhibitorId, String companyNameEn, String companyNameZh, Exhibitor.State state,
                                 Instant submittedAt) {
}
