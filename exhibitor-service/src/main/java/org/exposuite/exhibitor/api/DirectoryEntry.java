package org.exposuite.exhibitor.api;

import java.util.List;
import java.util.UUID;

/** An approved exhibitor as the public directory shows it. */
public record DirectoryEntry(
        UUID id,
        String companyNameEn,
        String companyNameZh,
        String country,
        String website,
        String description,
        List<String> themes,
        boolean beltAndRoadPartner,
        String pavilionCode,
        String boothCode) {
}
