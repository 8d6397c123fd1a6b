package org.exposuite.registration.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.exposuite.platform.csv.ExportConfig;
import org.exposuite.registration.api.RegistrationPage;
import org.exposuite.registration.api.RegistrationProblem;
import org.exposuite.registration.api.RegistrationStatistics;
import org.exposuite.registration.api.RegistrationSummary;
import org.exposuite.registration.api.RegistrationView;
import org.exposuite.registration.domain.Registration;
import org.exposuite.registration.domain.RegistrationStatus;

/** What organizers do with registrations: search, review, decide, count and export; every action is recorded. */
@ApplicationScoped
public class RegistrationAdministration {

    public static final int MAX_PAGE_SIZE = 200;
    private static final String DAYS_OF_REGISTRATION =
            "(select string_agg(to_char(d.day, 'YYYY-MM-DD'), ' ' order by d.day) from registration_day d where d.registration_id = r.id)";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    RegistrationService registrations;

    @Inject
    OrganizerAudit audit;

    @Inject
    RegistrationEvents events;

    @Inject
    ExportConfig exports;

    /** One line of the CSV export. */
    public record ExportRow(String confirmationCode, String status, String category, String days, String familyName,
                            String givenName, String latinName, String email, String phone, String organization,
                            String jobTitle, String country, String interests, boolean shareContactWithExhibitors,
                            OffsetDateTime registeredAt) {
    }

    /** Receives the rows of an export a page at a time, in order; a page is sent on before the next one is read. */
    @FunctionalInterface
    public interface ExportSink {
        void accept(List<ExportRow> page) throws IOException;
    }

    @Transactional
    public RegistrationPage search(RegistrationFilter filter, int page, int size, String actor) {
        RegistrationFilter.SqlCondition condition = filter.toSql();
        String from = " from registration r join category c on c.id = r.category_id where " + condition.where();
        long total = number(query("select count(*)" + from, condition.parameters()).getSingleResult());
        Query select = query("select r.id, r.confirmation_code, r.status, c.code, " + DAYS_OF_REGISTRATION
                + ", r.family_name, r.given_name, r.latin_name, r.email, r.organization, r.country, r.created_at"
                + from + " order by r.created_at desc, r.id", condition.parameters());
        List<RegistrationSummary> items = rows(select.setFirstResult(page * size).setMaxResults(size)).stream()
                .map(row -> new RegistrationSummary((UUID) row[0], (String) row[1], RegistrationStatus.valueOf((String) row[2]),
                        (String) row[3], days((String) row[4]), (String) row[5], (String) row[6], (String) row[7], (String) row[8],
                        (String) row[9], (String) row[10], BadgeRevocations.instant(row[11])))
                .toList();
        audit.record(actor, "SEARCHED", null, filter.category(), describe(filter) + ", page " + page);
        return new RegistrationPage(total, page, size, items);
    }

    @Transactional
    public RegistrationView detail(UUID id, String actor) {
        Registration registration = Registration.<Registration>findByIdOptional(id).orElseThrow(RegistrationProblem.REGISTRATION_NOT_FOUND::problem);
        audit.record(actor, "VIEWED", id, registration.category.code, null);
        return RegistrationService.view(registration);
    }

    @Transactional
    public RegistrationView approve(UUID id, String actor) {
        Registration registration = locked(id);
        if (registration.status == RegistrationStatus.CONFIRMED) {
            return RegistrationService.view(registration);
        }
        if (registration.status != RegistrationStatus.PENDING) {
            throw RegistrationService.notPossible("approve", registration.status);
        }
        registration.status = RegistrationStatus.CONFIRMED;
        registration.updatedAt = clock.instant();
        audit.record(actor, "APPROVED", id, registration.category.code, null);
        events.confirmed(registration, "organizer");
        return RegistrationService.view(registration);
    }

    /** A rejection frees the places the pending registration held. */
    @Transactional
    public RegistrationView reject(UUID id, String reason, String actor) {
        Registration registration = locked(id);
        if (registration.status != RegistrationStatus.PENDING) {
            throw RegistrationService.notPossible("reject", registration.status);
        }
        return end(registration, RegistrationStatus.REJECTED, reason, actor);
    }

    @Transactional
    public RegistrationView cancel(UUID id, String reason, String actor) {
        Registration registration = locked(id);
        if (!registration.status.isActive()) {
            throw RegistrationService.notPossible("cancel", registration.status);
        }
        RegistrationView cancelled = end(registration, RegistrationStatus.CANCELLED, reason, actor);
        events.cancelled(registration, "organizer");
        return cancelled;
    }

    /** Frees the places, revokes the badge and records the decision (the audit action is the new status). */
    private RegistrationView end(Registration registration, RegistrationStatus status, String reason, String actor) {
        registrations.end(registration, status, reason);
        audit.record(actor, status.name(), registration.id, registration.category.code, reason);
        return RegistrationService.view(registration);
    }

    @Transactional
    public RegistrationStatistics statistics(String actor) {
        Map<String, Long> byStatus = new TreeMap<>();
        rows("select status, count(*) from registration group by status").forEach(row -> byStatus.put((String) row[0], number(row[1])));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long active = byStatus.getOrDefault("PENDING", 0L) + byStatus.getOrDefault("CONFIRMED", 0L);

        Map<String, Map<String, Long>> statusByCategory = new TreeMap<>();
        rows("select c.code, r.status, count(*) from registration r join category c on c.id = r.category_id group by c.code, r.status")
                .forEach(row -> statusByCategory.computeIfAbsent((String) row[0], k -> new TreeMap<>()).put((String) row[1], number(row[2])));
        List<RegistrationStatistics.CategoryCount> categories = rows("select code, name_en, capacity, taken, capacity - taken from category order by code")
                .stream().map(row -> new RegistrationStatistics.CategoryCount((String) row[0], (String) row[1], (Integer) row[2], (Integer) row[3],
                        (Integer) row[4], statusByCategory.getOrDefault((String) row[0], Map.of())))
                .toList();

        Map<LocalDate, Long> activeByDay = new TreeMap<>();
        rows("""
                select d.day, count(*) from registration_day d join registration r on r.id = d.registration_id
                where r.status in ('PENDING', 'CONFIRMED') group by d.day""").forEach(row -> activeByDay.put((LocalDate) row[0], number(row[1])));
        Map<LocalDate, List<RegistrationStatistics.DayLimit>> limitsByDay = new TreeMap<>();
        rows("""
                select cd.day, c.code, cd.capacity, cd.taken, cd.capacity - cd.taken from category_day cd join category c on c.id = cd.category_id
                order by cd.day, c.code""").forEach(row -> limitsByDay.computeIfAbsent((LocalDate) row[0], k -> new ArrayList<>())
                .add(new RegistrationStatistics.DayLimit((String) row[1], (Integer) row[2], (Integer) row[3], (Integer) row[4])));
        Map<LocalDate, RegistrationStatistics.DayCount> days = new TreeMap<>();
        activeByDay.forEach((day, count) -> days.put(day, new RegistrationStatistics.DayCount(day, count, limitsByDay.getOrDefault(day, List.of()))));
        limitsByDay.forEach((day, limits) -> days.putIfAbsent(day, new RegistrationStatistics.DayCount(day, 0, limits)));

        List<RegistrationStatistics.CountryCount> countries = rows("""
                select country, count(*) from registration where status in ('PENDING', 'CONFIRMED')
                group by country order by count(*) desc, country""").stream()
                .map(row -> new RegistrationStatistics.CountryCount((String) row[0], number(row[1])))
                .toList();
        audit.record(actor, "STATISTICS", null, null, null);
        return new RegistrationStatistics(total, active, byStatus, categories, List.copyOf(days.values()), countries);
    }

    /** Recorded before the first byte leaves, so an export is never unaccounted for. */
    @Transactional
    public void recordExport(RegistrationFilter filter, String actor) {
        audit.record(actor, "EXPORTED", null, filter.category(), describe(filter));
    }

    /**
     * Reads the matching registrations in pages in the order they registered, each page one short query whose connection
     * goes back to the pool before the page is handed on: a slow download holds no connection and no transaction.
     */
    public void export(RegistrationFilter filter, ExportSink sink) throws IOException {
        RegistrationFilter.SqlCondition condition = filter.toSql();
        int pageSize = exports.pageSize();
        // Each page reads current data: a row changed after its page was sent stays as sent, a row added later appears if it sorts after the last row sent.
        ExportPage page = null;
        do {
            page = exportPage(condition, page, pageSize);
            sink.accept(page.rows());
        } while (page.rows().size() == pageSize);
    }

    /** The page after the last row of {@code previous} (the first page when null), ordered by (created_at, id). */
    private ExportPage exportPage(RegistrationFilter.SqlCondition condition, ExportPage previous, int pageSize) throws IOException {
        List<Object> parameters = new ArrayList<>(condition.parameters());
        String after = "";
        if (previous != null) {
            after = " and (r.created_at, r.id) > (?, ?)";
            parameters.add(previous.rows().get(previous.rows().size() - 1).registeredAt());
            parameters.add(previous.lastId());
        }
        parameters.add(pageSize);
        String select = "select r.confirmation_code, r.status, c.code, " + DAYS_OF_REGISTRATION
                + ", r.family_name, r.given_name, r.latin_name, r.email, r.phone, r.organization, r.job_title, r.country,"
                + " r.interests, r.share_contact_with_exhibitors, r.created_at, r.id"
                + " from registration r join category c on c.id = r.category_id where " + condition.where() + after
                + " order by r.created_at, r.id limit ?";
        List<ExportRow> rows = new ArrayList<>(pageSize);
        UUID lastId = null;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, select, parameters);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(new ExportRow(result.getString(1), result.getString(2), result.getString(3), result.getString(4),
                        result.getString(5), result.getString(6), result.getString(7), result.getString(8), result.getString(9),
                        result.getString(10), result.getString(11), result.getString(12), result.getString(13), result.getBoolean(14),
                        result.getObject(15, OffsetDateTime.class)));
                lastId = result.getObject(16, UUID.class);
            }
        } catch (SQLException e) {
            throw new IOException("Exporting registrations failed", e);
        }
        return new ExportPage(rows, lastId);
    }

    /** One page of the export and the id of its last row, where the next page starts. */
    private record ExportPage(List<ExportRow> rows, UUID lastId) {
    }

    private static Registration locked(UUID id) {
        return Registration.<Registration>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(RegistrationProblem.REGISTRATION_NOT_FOUND::problem);
    }

    private Query query(String sql, List<Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private List<Object[]> rows(String sql) {
        return rows(entityManager.createNativeQuery(sql));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static List<LocalDate> days(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split(" ")).map(LocalDate::parse).toList();
    }

    private static String describe(RegistrationFilter filter) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("category", filter.category());
        parts.put("day", filter.day());
        parts.put("status", filter.status());
        parts.put("country", filter.country());
        parts.put("text", filter.text());
        parts.values().removeIf(v -> v == null || v.toString().isBlank());
        return "filter " + parts;
    }
}
