package org.exposuite.exhibitor.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.exposuite.exhibitor.domain.Exhibitor;

/** An application as its company and the organizers see it, contact details included. */
public record ApplicationView(
        UUID id,
        Exhibitor.State state,
        String companyNameEn,
        String companyNameZh,
        String country,
        String website,
        String description,
        ApplicationRequest.ContactPerson contact,
        List<String> themes,
        List<String> requestedPavilions,
        Integer boothSizeM2,
        Exhibitor.BoothType boothType,
        boolean beltAndRoadPartner,
        String boothCode,
        String pavilionCode,
        BigDecimal boothAreaM2,
        String rejectionReason,
        Instant submittedAt,
        Instant decidedAt,
        Instant createdAt) {
}
