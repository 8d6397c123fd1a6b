package org.exposuite.exhibitor.service;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.exhibitor.rest.DirectoryEntry;

/** The public directory: approved exhibitors only. */
@ApplicationScoped
public class DirectoryService {

    @Transactional
    public List<DirectoryEntry> page(int index, int size) {
        return Exhibitor.<Exhibitor>find("state = ?1 order by companyNameEn", Exhibitor.State.APPROVED)
                .page(Page.of(index, size)).list().stream()
                .map(e -> new DirectoryEntry(e.id, e.companyNameEn, e.companyNameZh, e.country, e.website,
                        e.description, e.pavilionCode, e.boothCode))
                .toList();
    }
}
