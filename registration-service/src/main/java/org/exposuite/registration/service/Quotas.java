package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.exposuite.platform.persistence.Statements;
import org.exposuite.registration.api.RegistrationProblem;
import org.exposuite.registration.domain.Category;
import org.exposuite.registration.domain.CategoryDay;
import org.jboss.logging.Logger;

/**
 * Takes and frees places with guarded statements: the database decides, so no concurrency oversells a category or a day.
 * Every path locks in one order, so no two transactions wait in a circle: a registration's own row, then the e-mail
 * address it writes (the unique indexes), then the category's row, then its days ascending; waiting list entries are
 * only claimed with skip locked. Whoever waits for an address therefore holds no places, and days are only ever locked
 * by whoever holds their category. Freed places are offered to the waiting list in the same transaction, so nobody can
 * take them in between.
 */
@ApplicationScoped
public class Quotas {

    private static final Logger LOG = Logger.getLogger(Quotas.class);

    // One statement for a new registration's places. The days are found through the category's row, so the category is
    // locked first and then the chosen days with a limit in ascending order, like every other path locks them: no two
    // transactions wait in a circle. The answer says whether the category had a place and lists the days that had none.
    private static final String TAKE_PLACES = """
            with category_place as (
                update category set taken = taken + 1 where code = ? and taken < capacity returning id),
            chosen as (
                select day from category_day where category_id = (select id from category_place) and day = any(?)
                order by day for update),
            day_places as (
                update category_day d set taken = d.taken + 1 from chosen
                where d.category_id = (select id from category_place) and d.day = chosen.day and d.taken < d.capacity
                returning d.day)
            select exists(select 1 from category_place),
                   array(select chosen.day::text from chosen where chosen.day not in (select day from day_places) order by chosen.day)""";

    private static final String LOCK_CATEGORY = "select 1 from category where id = ? for no key update";

    @Inject
    Waitlist waitlist;

    @Inject
    Statements statements;

    /**
     * A new registration's places, in one guarded statement for the category and its chosen days with a limit. The
     * registration path runs it last, right before the commit, so the category's row stays locked only for the commit.
     * A full category or day throws its problem, and the caller's transaction rolls back everything it wrote.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void take(String categoryCode, List<LocalDate> days) {
        String fullDay = statements.run(TAKE_PLACES, "taking places", places -> {
            places.setString(1, categoryCode);
            places.setArray(2, places.getConnection().createArrayOf("date", days.stream().map(LocalDate::toString).toArray(String[]::new)));
            try (ResultSet taken = places.executeQuery()) {
                taken.next();
                if (!taken.getBoolean(1)) {
                    throw categoryFull(categoryCode);
                }
                String[] fullDays = (String[]) taken.getArray(2).getArray();
                return fullDays.length > 0 ? fullDays[0] : null;
            }
        });
        if (fullDay != null) {
            throw dayFull(categoryCode, LocalDate.parse(fullDay));
        }
    }

    /** One place in the category and one on each of the days that have a limit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void take(Category category, Collection<LocalDate> days, Set<LocalDate> limitedDays) {
        if (Category.update("taken = taken + 1 where id = ?1 and taken < capacity", category.id) == 0) {
            throw categoryFull(category);
        }
        for (LocalDate day : new TreeSet<>(days)) {
            if (limitedDays.contains(day)) {
                takeDay(category, day);
            }
        }
    }

    /**
     * Takes the places if all are free and says what stopped it otherwise; a day that is full undoes what was taken,
     * so the transaction goes on (the waiting list then tries the next person).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Attempt tryTake(Category category, Collection<LocalDate> days, Set<LocalDate> limitedDays) {
        if (Category.update("taken = taken + 1 where id = ?1 and taken < capacity", category.id) == 0) {
            return Attempt.CATEGORY_FULL;
        }
        TreeSet<LocalDate> taken = new TreeSet<>();
        for (LocalDate day : new TreeSet<>(days)) {
            if (!limitedDays.contains(day)) {
                continue;
            }
            if (CategoryDay.update("taken = taken + 1 where categoryId = ?1 and day = ?2 and taken < capacity", category.id, day) == 0) {
                freeWithoutOffering(category, taken);
                return Attempt.DAY_FULL;
            }
            taken.add(day);
        }
        return Attempt.TAKEN;
    }

    /** What became of an attempt to take places. */
    public enum Attempt {
        TAKEN, CATEGORY_FULL, DAY_FULL
    }

    /** Frees the places and offers them to the waiting list at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(Category category, Collection<LocalDate> days, Set<LocalDate> limitedDays) {
        TreeSet<LocalDate> limited = new TreeSet<>(days);
        limited.retainAll(limitedDays);
        freeWithoutOffering(category, limited);
        waitlist.offerFreedPlaces(category);
    }

    private static void freeWithoutOffering(Category category, Collection<LocalDate> limitedDays) {
        if (Category.update("taken = taken - 1 where id = ?1 and taken > 0", category.id) == 0) {
            LOG.warnf("category %s had no place to free", category.code);
        }
        for (LocalDate day : new TreeSet<>(limitedDays)) {
            releaseDay(category, day);
        }
    }

    /**
     * Moves a registration from some days to others: the category's row first, like every path that counts places,
     * then the days in ascending order, then the freed places go to the waiting list.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changeDays(Category category, Set<LocalDate> freed, Set<LocalDate> added, Set<LocalDate> limitedDays) {
        TreeSet<LocalDate> touched = new TreeSet<>(freed);
        touched.addAll(added);
        touched.retainAll(limitedDays);
        if (!touched.isEmpty()) {
            lock(category);
        }
        for (LocalDate day : touched) {
            if (added.contains(day)) {
                takeDay(category, day);
            } else {
                releaseDay(category, day);
            }
        }
        if (!freed.isEmpty()) {
            waitlist.offerFreedPlaces(category);
        }
    }

    /** The row lock an update of the places takes, without changing them: registrations inserted meanwhile still pass their key check. */
    private void lock(Category category) {
        statements.run(LOCK_CATEGORY, "locking the category's places", lock -> {
            lock.setLong(1, category.id);
            return lock.execute();
        });
    }

    private static void takeDay(Category category, LocalDate day) {
        if (CategoryDay.update("taken = taken + 1 where categoryId = ?1 and day = ?2 and taken < capacity", category.id, day) == 0) {
            throw dayFull(category, day);
        }
    }

    private static HttpProblem categoryFull(Category category) {
        return categoryFull(category.code);
    }

    private static HttpProblem categoryFull(String code) {
        return RegistrationProblem.CATEGORY_FULL.with("Category '%s' has no places left.", code);
    }

    private static HttpProblem dayFull(Category category, LocalDate day) {
        return dayFull(category.code, day);
    }

    private static HttpProblem dayFull(String code, LocalDate day) {
        return RegistrationProblem.DAY_FULL.builder("Category '%s' has no places left on %s.", code, day)
                .with("day", day.toString()).build();
    }

    private static void releaseDay(Category category, LocalDate day) {
        if (CategoryDay.update("taken = taken - 1 where categoryId = ?1 and day = ?2 and taken > 0", category.id, day) == 0) {
            LOG.warnf("category %s had no place to free on %s", category.code, day);
        }
    }
}
