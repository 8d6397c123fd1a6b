package org.exposuite.registration.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.exposuite.testfixtures.RowLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The control for {@link LockOrderTest}: the same interleaving, driven statement by statement on two connections
 * against the real tables. A registration writes an e-mail address and then takes its places; a change that takes its
 * places before writing that same address (the old order) deadlocks with it, and PostgreSQL ends one of the two
 * (40P01). The order the services keep now (address first, then the category, then its days) ends without a deadlock:
 * the registration commits and the change meets the unique index.
 */
@QuarkusTest
class LockOrderTeethTest {

    private static final String DEADLOCK = "40P01";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COMMITTED = "committed";

    @Inject
    AgroalDataSource dataSource;

    private final ExecutorService connections = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopConnections() {
        connections.shutdownNow();
    }

    @Test
    void placesBeforeTheAddressDeadlockWithARegistration() throws Exception {
        Rows rows = rows();
        List<String> outcomes = meet(rows, List.of(
                "update category_day set taken = taken - 1 where category_id = %d and day = '2018-05-26'".formatted(rows.category()),
                "update category_day set taken = taken + 1 where category_id = %d and day = '2018-05-27'".formatted(rows.category()),
                "update registration set email = '%s' where id = '%s'".formatted(rows.contested(), rows.changed())));
        assertThat(outcomes).contains(DEADLOCK);
    }

    @Test
    void theAddressBeforeThePlacesEndsWithoutADeadlock() throws Exception {
        Rows rows = rows();
        List<String> outcomes = meet(rows, List.of(
                "update registration set email = '%s' where id = '%s'".formatted(rows.contested(), rows.changed()),
                "select 1 from category where id = %d for no key update".formatted(rows.category()),
                "update category_day set taken = taken - 1 where category_id = %d and day = '2018-05-26'".formatted(rows.category()),
                "update category_day set taken = taken + 1 where category_id = %d and day = '2018-05-27'".formatted(rows.category())));
        assertThat(outcomes).containsExactly(COMMITTED, UNIQUE_VIOLATION);
    }

    /** A category with two days and two registrations on the first; the contested address belongs to neither yet. */
    private record Rows(long category, String code, String registering, String changed, String contested) {
    }

    private Rows rows() {
        String code = Expo.createCategory(Expo.newCode("LT"), 100,
                "\"days\":[{\"day\":\"2018-05-26\",\"capacity\":10},{\"day\":\"2018-05-27\",\"capacity\":10}]");
        String registering = Expo.register(Expo.registration(code, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(201).extract().path("id");
        String changed = Expo.register(Expo.registration(code, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(201).extract().path("id");
        long category = Expo.count(dataSource, "select id from category where code = '" + code + "'");
        return new Rows(category, code, registering, changed, Expo.newEmail());
    }

    /**
     * The registration writes the contested address and queues for the held category; the change runs its statements
     * until it waits too; then the category is let go. Answers each side's outcome: committed, or the SQL state.
     */
    private List<String> meet(Rows rows, List<String> change) throws Exception {
        List<String> register = List.of(
                "update registration set email = '%s' where id = '%s'".formatted(rows.contested(), rows.registering()),
                "update category set taken = taken + 1 where id = %d and taken < capacity".formatted(rows.category()),
                "update category_day set taken = taken + 1 where category_id = %d and day = '2018-05-26' and taken < capacity"
                        .formatted(rows.category()));
        try (RowLock held = LockOrderTest.lockedCategory(dataSource, rows.code())) {
            CompletableFuture<String> registering = CompletableFuture.supplyAsync(() -> run(register), connections);
            held.awaitWaiting(1);
            CompletableFuture<String> changing = CompletableFuture.supplyAsync(() -> run(change), connections);
            held.awaitWaiting(2);
            held.release();
            return List.of(registering.get(), changing.get());
        }
    }

    private String run(List<String> statements) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
                connection.commit();
                return COMMITTED;
            } catch (SQLException e) {
                connection.rollback();
                return e.getSQLState();
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
