package org.exposuite.pavilion.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/** The conditions of a public search, each applied only when the caller gave it, joined by "and" (none: every row). */
final class SearchFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds {@code condition} with its one parameter when {@code value} is given. */
    SearchFilter when(Object value, String condition, String name) {
        return when(value != null, condition, Parameters.with(name, value));
    }

    SearchFilter when(boolean applies, String condition, Parameters values) {
        if (applies) {
            conditions.add(condition);
            values.map().forEach(parameters::and);
        }
        return this;
    }

    String query() {
        return String.join(" and ", conditions);
    }

    Parameters parameters() {
        return parameters;
    }

    /** One page of what matches, each row with its pavilion loaded in the same query rather than one query per pavilion. */
    static <T> List<T> pageWithPavilion(PanacheQuery<T> query, EntityManager em, Class<T> type, int page, int size) {
        EntityGraph<T> withPavilion = em.createEntityGraph(type);
        withPavilion.addAttributeNodes("pavilion");
        return query.page(io.quarkus.panache.common.Page.of(page, size)).withHint("jakarta.persistence.loadgraph", withPavilion).list();
    }
}
