package org.exposuite.exhibitor.service;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/** The where clause of a list or search query, built from the filters a request actually sets. */
final class QueryConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds {@code condition} with its one named parameter, when the filter is set. */
    QueryConditions and(String condition, String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            conditions.add(condition);
            parameters.and(name, value instanceof String text ? text.strip() : value);
        }
        return this;
    }

    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    Parameters parameters() {
        return parameters;
    }

    /** An ILIKE pattern that finds {@code text} anywhere, with the wildcards in it taken literally (escape '!'). */
    static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
