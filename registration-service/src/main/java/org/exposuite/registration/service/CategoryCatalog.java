package org.exposuite.registration.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The categories' rules as registrations read them, kept in memory: this replica forgets them when an organizer
 * changes a category here, and every replica at the latest after {@code expo.categories.rules-max-age}.
 */
@ApplicationScoped
public class CategoryCatalog {

    static final String CACHE = "category-rules";

    private static final String RULES = """
            select c.id, c.code, c.approval_required, c.invitation_only, c.all_days, c.sales_open_at, c.sales_close_at,
                   array(select d.day::text from category_day d where d.category_id = c.id order by d.day)
            from category c where c.code = ?""";

    /** Sent after an organizer's change to a category has committed or rolled back. */
    public record CategoryChanged() {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    @CacheName(CACHE)
    Cache rules;

    /** The rules of the category with this code, if there is one. */
    @CacheResult(cacheName = CACHE)
    public Optional<CategoryRules> rulesOf(String code) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(RULES)) {
            statement.setString(1, code);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(rules(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("reading a category's rules failed", e);
        }
    }

    /** Forgets every category once a change is over, so the next registration reads what was committed. */
    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) CategoryChanged change) {
        rules.invalidateAll().await().indefinitely();
    }

    private static CategoryRules rules(ResultSet row) throws SQLException {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (String day : (String[]) row.getArray(8).getArray()) {
            days.add(LocalDate.parse(day));
        }
        return new CategoryRules(row.getLong(1), row.getString(2), row.getBoolean(3), row.getBoolean(4), row.getBoolean(5),
                instant(row, 6), instant(row, 7), Collections.unmodifiableSortedSet(days));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
