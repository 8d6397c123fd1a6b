package org.exposuite.registration.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The control for the capacity tests: on a quota table without the CHECK backstop, the same 300-way race oversells
 * when the code reads the count and then writes (what the guard prevents), and holds with the guarded statement
 * that Quotas uses.
 */
@QuarkusTest
class CapacityGuardTeethTest {

    private static final int CAPACITY = 50;
    private static final int ATTEMPTS = 300;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void readThenWriteOversellsUnderTheSameRace() throws Exception {
        createControlQuota();
        int granted = race(connection -> {
            try (PreparedStatement read = connection.prepareStatement("select taken, capacity from quota_control where id = 1");
                 ResultSet row = read.executeQuery()) {
                row.next();
                if (row.getInt(1) >= row.getInt(2)) {
                    return false;
                }
            }
            Thread.sleep(2); // the gap between reading and writing that real work (validation, inserts) leaves open
            try (PreparedStatement write = connection.prepareStatement("update quota_control set taken = taken + 1 where id = 1")) {
                return write.executeUpdate() == 1;
            }
        });
        assertThat(granted).isGreaterThan(CAPACITY);
        assertThat(taken()).isGreaterThan(CAPACITY);
    }

    @Test
    void guardedStatementHoldsUnderTheSameRace() throws Exception {
        createControlQuota();
        int granted = race(connection -> {
            try (PreparedStatement write = connection.prepareStatement(
                    "update quota_control set taken = taken + 1 where id = 1 and taken < capacity")) {
                return write.executeUpdate() == 1;
            }
        });
        assertThat(granted).isEqualTo(CAPACITY);
        assertThat(taken()).isEqualTo(CAPACITY);
    }

    interface Attempt {
        boolean tryTakePlace(Connection connection) throws Exception;
    }

    private int race(Attempt attempt) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                results.add(threads.submit(() -> {
                    gate.await();
                    try (Connection connection = dataSource.getConnection()) {
                        return attempt.tryTakePlace(connection);
                    }
                }));
            }
            gate.countDown();
            int granted = 0;
            for (Future<Boolean> result : results) {
                granted += result.get() ? 1 : 0;
            }
            return granted;
        } finally {
            threads.shutdownNow();
        }
    }

    private void createControlQuota() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists quota_control (id integer primary key, capacity integer not null, taken integer not null)");
            statement.execute("delete from quota_control");
            statement.execute("insert into quota_control values (1, " + CAPACITY + ", 0)");
        }
    }

    private int taken() {
        return (int) Expo.count(dataSource, "select taken from quota_control where id = 1");
    }
}
