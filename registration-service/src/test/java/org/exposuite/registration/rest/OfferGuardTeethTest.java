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
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The control for the waiting-list acceptance test: 100 parallel acceptances of 10 open offers. Checking the offer's
 * status and then writing (without the guard) accepts offers several times, each acceptance a registration, so the
 * category is oversold; the guarded statement Waitlist.accept uses ("... where status = 'OFFERED'") accepts exactly 10.
 */
@QuarkusTest
class OfferGuardTeethTest {

    private static final int OFFERS = 10;
    private static final int ACCEPTANCES = 100;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void acceptingWithoutTheGuardRegistersMoreThanThePlaces() throws Exception {
        createOffers();
        int registered = race((connection, offer) -> {
            try (PreparedStatement read = connection.prepareStatement("select status from offer_control where id = ?")) {
                read.setInt(1, offer);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    if (!"OFFERED".equals(row.getString(1))) {
                        return false;
                    }
                }
            }
            Thread.sleep(20); // the gap real work (loading the entry, building the registration) leaves open
            try (PreparedStatement write = connection.prepareStatement("update offer_control set status = 'ACCEPTED' where id = ?")) {
                write.setInt(1, offer);
                return write.executeUpdate() == 1;
            }
        });
        System.out.printf("without the guard: %d registrations for %d places%n", registered, OFFERS);
        assertThat(registered).isGreaterThan(OFFERS);
    }

    @Test
    void guardedAcceptanceRegistersExactlyThePlaces() throws Exception {
        createOffers();
        int registered = race((connection, offer) -> {
            try (PreparedStatement write = connection.prepareStatement(
                    "update offer_control set status = 'ACCEPTED' where id = ? and status = 'OFFERED'")) {
                write.setInt(1, offer);
                return write.executeUpdate() == 1;
            }
        });
        System.out.printf("with the guard: %d registrations for %d places%n", registered, OFFERS);
        assertThat(registered).isEqualTo(OFFERS);
    }

    interface Acceptance {
        boolean accept(Connection connection, int offer) throws Exception;
    }

    /** 16 connected workers start together at a barrier and share the 100 acceptances (acceptance i is for offer i % 10). */
    private int race(Acceptance acceptance) throws Exception {
        int workers = 16;
        ExecutorService threads = Executors.newFixedThreadPool(workers);
        CyclicBarrier start = new CyclicBarrier(workers);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                results.add(threads.submit(() -> {
                    // Connected before the start, so the race is between the statements, not the connection set-up.
                    try (Connection connection = dataSource.getConnection()) {
                        start.await();
                        int accepted = 0;
                        for (int i = worker; i < ACCEPTANCES; i += workers) {
                            accepted += acceptance.accept(connection, i % OFFERS) ? 1 : 0;
                        }
                        return accepted;
                    }
                }));
            }
            int accepted = 0;
            for (Future<Integer> result : results) {
                accepted += result.get();
            }
            return accepted;
        } finally {
            threads.shutdownNow();
        }
    }

    private void createOffers() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists offer_control (id integer primary key, status varchar(16) not null)");
            statement.execute("delete from offer_control");
            statement.execute("insert into offer_control select g, 'OFFERED' from generate_series(0, " + (OFFERS - 1) + ") g");
        }
    }
}
