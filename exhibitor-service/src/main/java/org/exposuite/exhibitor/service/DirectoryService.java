package org.exposuite.exhibitor.service;

import static org.exposuite.exhibitor.api.ExhibitorProblem.EXHIBITOR_NOT_FOUND;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.exposuite.exhibitor.api.DirectoryEntry;
import org.exposuite.exhibitor.api.ExhibitorProfile;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.exhibitor.domain.Product;

/** The public directory: approved exhibitors only, searchable by text, theme, pavilion and country. */
@ApplicationScoped
public class DirectoryService {

    /** Text matches either company name, the description or a product name (ILIKE, trigram-indexed). */
    @Transactional
    public List<DirectoryEntry> search(String text, String theme, String pavilion, String country, int index, int size) {
        QueryConditions where = new QueryConditions()
                .and("e.state = :approved", "approved", Exhibitor.State.APPROVED)
                .and("(e.companyNameEn ilike :text escape '!' or e.companyNameZh ilike :text escape '!'"
                        + " or e.description ilike :text escape '!'"
                        + " or exists (select 1 from Product p where p.exhibitor = e and p.name ilike :text escape '!'))",
                        "text", QueryConditions.containing(text))
                .and(":theme member of e.themes", "theme", theme)
                .and("e.pavilionCode = :pavilion", "pavilion", pavilion)
                .and("e.country = :country", "country", country);
        List<Exhibitor> found = Exhibitor.<Exhibitor>find("from Exhibitor e" + where.where() + " order by e.companyNameEn, e.id",
                where.parameters()).page(Page.of(index, size)).list();
        // the page's themes in one more query, filled into the exhibitors already loaded
        if (!found.isEmpty()) {
            Exhibitor.getEntityManager().createQuery("select e from Exhibitor e left join fetch e.themes where e in :page", Exhibitor.class)
                    .setParameter("page", found).getResultList();
        }
        return found.stream().map(DirectoryService::entry).toList();
    }

    @Transactional
    public ExhibitorProfile profile(UUID id) {
        Exhibitor exhibitor = Exhibitor.<Exhibitor>find("id = ?1 and state = ?2", id, Exhibitor.State.APPROVED)
                .firstResultOptional().orElseThrow(EXHIBITOR_NOT_FOUND::problem);
        return new ExhibitorProfile(entry(exhibitor),
                Product.<Product>find("exhibitor.id = ?1 order by name, id", id).stream().map(ProductService::view).toList());
    }

    static DirectoryEntry entry(Exhibitor e) {
        return new DirectoryEntry(e.id, e.companyNameEn, e.companyNameZh, e.country, e.website, e.description,
                new ArrayList<>(e.themes), e.beltAndRoadPartner, e.pavilionCode, e.boothCode);
    }
}
