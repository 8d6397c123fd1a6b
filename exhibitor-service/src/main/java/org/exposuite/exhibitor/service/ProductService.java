package org.exposuite.exhibitor.service;

import static org.exposuite.exhibitor.api.ExhibitorProblem.PRODUCT_NOT_FOUND;
import static org.exposuite.exhibitor.api.ExhibitorProblem.notEditable;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.exposuite.exhibitor.api.ProductRequest;
import org.exposuite.exhibitor.api.ProductView;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.exhibitor.domain.Product;

/** Products: managed by their exhibitor, shown publicly once the exhibitor is approved. */
@ApplicationScoped
public class ProductService {

    @Inject
    Clock clock;

    @Transactional
    public List<ProductView> own(UUID exhibitorId, int index, int size) {
        return Product.<Product>find("exhibitor.id = ?1 order by name, id", exhibitorId)
                .page(Page.of(index, size)).list().stream().map(ProductService::view).toList();
    }

    @Transactional
    public ProductView add(UUID exhibitorId, ProductRequest request) {
        Exhibitor exhibitor = Exhibitor.application(exhibitorId, LockModeType.PESSIMISTIC_READ);
        requireActive(exhibitor);
        Product product = new Product();
        product.id = UUID.randomUUID();
        product.exhibitor = exhibitor;
        copy(request, product);
        product.persist();
        return view(product);
    }

    @Transactional
    public ProductView change(UUID exhibitorId, UUID productId, ProductRequest request) {
        Product product = ownProduct(exhibitorId, productId);
        requireActive(product.exhibitor);
        copy(request, product);
        return view(product);
    }

    @Transactional
    public void remove(UUID exhibitorId, UUID productId) {
        ownProduct(exhibitorId, productId).delete();
    }

    /** The public catalogue: products of approved exhibitors, by text (product or company), theme, category, pavilion, country. */
    @Transactional
    public List<ProductView> catalogue(String text, String theme, String category, String pavilion, String country,
                                       int index, int size) {
        QueryConditions where = new QueryConditions()
                .and("e.state = :approved", "approved", Exhibitor.State.APPROVED)
                .and("(p.name ilike :text escape '!' or p.description ilike :text escape '!'"
                        + " or e.companyNameEn ilike :text escape '!' or e.companyNameZh ilike :text escape '!')",
                        "text", QueryConditions.containing(text))
                .and("p.theme = :theme", "theme", theme)
                .and("p.category = :category", "category", category)
                .and("e.pavilionCode = :pavilion", "pavilion", pavilion)
                .and("e.country = :country", "country", country);
        return Product.<Product>find("from Product p join fetch p.exhibitor e" + where.where() + " order by p.name, p.id",
                        where.parameters())
                .page(Page.of(index, size)).list().stream().map(ProductService::view).toList();
    }

    private Product ownProduct(UUID exhibitorId, UUID productId) {
        return Product.<Product>find("id = ?1 and exhibitor.id = ?2", productId, exhibitorId)
                .firstResultOptional().orElseThrow(PRODUCT_NOT_FOUND::problem);
    }

    private static void requireActive(Exhibitor exhibitor) {
        if (exhibitor.state == Exhibitor.State.REJECTED || exhibitor.state == Exhibitor.State.WITHDRAWN) {
            throw notEditable(exhibitor.state, "Changing products");
        }
    }

    private void copy(ProductRequest request, Product product) {
        product.name = request.name().strip();
        product.description = ApplicationService.blankToNull(request.description());
        product.category = ApplicationService.blankToNull(request.category());
        product.theme = ApplicationService.blankToNull(request.theme());
        product.imageUrl = ApplicationService.blankToNull(request.imageUrl());
        product.updatedAt = clock.instant();
    }

    static ProductView view(Product p) {
        Exhibitor e = p.exhibitor;
        return new ProductView(p.id, e.id, e.companyNameEn, p.name, p.description, p.category, p.theme, p.imageUrl,
                e.pavilionCode, e.boothCode);
    }
}
