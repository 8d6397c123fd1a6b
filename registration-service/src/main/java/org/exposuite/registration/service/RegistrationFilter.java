package org.exposuite.registration.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exposuite.registration.domain.RegistrationStatus;

/**
 * What organizers filter registrations by. Each condition has an index behind it: category and status, day,
 * country, and a trigram index over names, e-mail, organization and confirmation code for the free text.
 */
public record RegistrationFilter(String category, LocalDate day, RegistrationStatus status, String country, String text) {

    /** Must equal the expression of the index registration_search, or the index is not used. */
    static final String SEARCH_EXPRESSION = "lower(r.family_name || ' ' || r.given_name || ' ' || coalesce(r.latin_name, '') || ' ' || r.email || ' '"
            + " || coalesce(r.organization, '') || ' ' || r.confirmation_code)";

    /** The where clause (over registration r joined to category c) and its parameters, in order. */
    SqlCondition toSql() {
        StringBuilder where = new StringBuilder("true");
        List<Object> parameters = new ArrayList<>();
        if (category != null && !category.isBlank()) {
            where.append(" and c.code = ?");
            parameters.add(category);
        }
        if (status != null) {
            where.append(" and r.status = ?");
            parameters.add(status.name());
        }
        if (country != null && !country.isBlank()) {
            where.append(" and r.country = ?");
            parameters.add(country.toUpperCase(Locale.ROOT));
        }
        if (day != null) {
            where.append(" and exists (select 1 from registration_day d where d.registration_id = r.id and d.day = ?)");
            parameters.add(day);
        }
        if (text != null && !text.isBlank()) {
            where.append(" and ").append(SEARCH_EXPRESSION).append(" like ?");
            parameters.add("%" + escapeLike(text.trim().toLowerCase(Locale.ROOT)) + "%");
        }
        return new SqlCondition(where.toString(), parameters);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    record SqlCondition(String where, List<Object> parameters) {
    }
}
