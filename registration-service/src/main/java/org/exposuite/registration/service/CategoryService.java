package org.exposuite.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.exposuite.registration.domain.Category;
import org.exposuite.registration.rest.CategoryRequest;
import org.exposuite.registration.rest.CategoryView;

/** Managing and listing registration categories. */
@ApplicationScoped
public class CategoryService {

    @Transactional
    public List<CategoryView> list() {
        Instant now = Instant.now();
        return Category.<Category>list("order by code").stream().map(c -> view(c, now)).toList();
    }

    @Transactional
    public CategoryView create(CategoryRequest request) {
        if (Category.findByCode(request.code()).isPresent()) {
            throw new CategoryCodeTakenException(request.code());
        }
        Category category = new Category();
        category.code = request.code();
        category.nameEn = request.nameEn();
        category.nameZh = request.nameZh();
        category.description = request.description();
        category.capacity = request.capacity();
        category.approvalRequired = request.approvalRequired();
        category.invitationOnly = request.invitationOnly();
        category.salesOpenAt = request.salesOpenAt();
        category.salesCloseAt = request.salesCloseAt();
        category.updatedAt = Instant.now();
        category.persistAndFlush();
        return view(category, Instant.now());
    }

    private static CategoryView view(Category c, Instant now) {
        return new CategoryView(c.code, c.nameEn, c.nameZh, c.description, c.capacity, c.capacity - c.taken,
                c.approvalRequired, c.invitationOnly, c.salesOpenAt, c.salesCloseAt, c.onSaleAt(now));
    }
}
