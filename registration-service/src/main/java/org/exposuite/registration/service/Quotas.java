package org.exposuite.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.exposuite.registration.domain.Category;
import org.exposuite.registration.domain.CategoryDay;
import org.jboss.logging.Logger;

/**
 * Takes and frees places with guarded statements: the database decides, so no concurrency oversells a category or a day.
 * Rows are always touched in the same order (category, then days ascending) so concurrent registrations cannot deadlock.
 */
@ApplicationScoped
public class Quotas {

    private static final Logger LOG = Logger.getLogger(Quotas.class);

    /** One place in the category and one on each of the days that have a limit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void take(Category category, Collection<LocalDate> days, Set<LocalDate> limitedDays) {
        int updated = Category.update("taken = taken + 1 where id = ?1 and taken < capacity", category.id);
        if (updated == 0) {
            throw new CategoryFullException(category.code);
        }
        for (LocalDate day : new TreeSet<>(days)) {
            if (limitedDays.contains(day)) {
                takeDay(category, day);
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void release(Category category, Collection<LocalDate> days, Set<LocalDate> limitedDays) {
        if (Category.update("taken = taken - 1 where id = ?1 and taken > 0", category.id) == 0) {
            LOG.warnf("category %s had no place to free", category.code);
        }
        for (LocalDate day : new TreeSet<>(days)) {
            if (limitedDays.contains(day)) {
                releaseDay(category, day);
            }
        }
    }

    /** Moves a registration from some days to others, in ascending day order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changeDays(Category category, Set<LocalDate> freed, Set<LocalDate> added, Set<LocalDate> limitedDays) {
        TreeSet<LocalDate> touched = new TreeSet<>(freed);
        touched.addAll(added);
        for (LocalDate day : touched) {
            if (!limitedDays.contains(day)) {
                continue;
            }
            if (added.contains(day)) {
                takeDay(category, day);
            } else {
                releaseDay(category, day);
            }
        }
    }

    private static void takeDay(Category category, LocalDate day) {
        int updated = CategoryDay.update("taken = taken + 1 where categoryId = ?1 and day = ?2 and taken < capacity", category.id, day);
        if (updated == 0) {
            throw new DayFullException(category.code, day);
        }
    }

    private static void releaseDay(Category category, LocalDate day) {
        if (CategoryDay.update("taken = taken - 1 where categoryId = ?1 and day = ?2 and taken > 0", category.id, day) == 0) {
            LOG.warnf("category %s had no place to free on %s", category.code, day);
        }
    }
}
