package org.exposuite.pavilion.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A pavilion never lets more people in than its safe limit. The control runs the same race against a
 * read-then-write count and shows that the race does let too many in.
 */
@QuarkusTest
class OccupancyConcurrencyTest {

    static final int LIMIT = 25;
    static final int VISITORS = 80;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void parallelEntriesAtTheLimitNeverExceedIt() throws Exception {
        String pavilion = Fixtures.pavilion(LIMIT);
        String scanner = Tokens.forRole("scanner");
        List<String> badges = java.util.stream.IntStream.range(0, VISITORS).mapToObj(i -> Badges.forNewAttendee()).toList();

        List<Integer> statuses = Race.run(VISITORS, i -> given().auth().oauth2(scanner).contentType(ContentType.JSON)
                .body("{\"badgeToken\":\"%s\",\"direction\":\"IN\",\"nonce\":\"%s\"}".formatted(badges.get(i), UUID.randomUUID()))
                .post("/api/pavilions/" + pavilion + "/scans").statusCode());

        assertThat(Race.count(statuses, 200)).isEqualTo(LIMIT);
        assertThat(Race.count(statuses, 409)).isEqualTo(VISITORS - LIMIT);
        assertThat(occupancy(pavilion)).isEqualTo(LIMIT);
    }

    @Test
    void controlReadThenWriteCountLetsTooManyIn() throws Exception {
        String pavilion = Fixtures.pavilion(LIMIT);

        List<Integer> statuses = Race.run(VISITORS, i -> enterWithoutGuard(pavilion));

        long admitted = Race.count(statuses, 200);
        System.out.printf("control (read-then-write occupancy): %d of %d visitors admitted at a limit of %d, count says %d%n",
                admitted, VISITORS, LIMIT, occupancy(pavilion));
        assertThat(admitted).as("the race must catch an overfull pavilion").isGreaterThan(LIMIT);
    }

    /** What the service would do without the guarded UPDATE: read the count, decide in Java, write it back. */
    private int enterWithoutGuard(String pavilion) {
        try (Connection c = dataSource.getConnection()) {
            int occupancy;
            int limit;
            try (PreparedStatement read = c.prepareStatement("select occupancy, safe_occupancy from pavilion where code = ?")) {
                read.setString(1, pavilion);
                try (ResultSet r = read.executeQuery()) {
                    r.next();
                    occupancy = r.getInt(1);
                    limit = r.getInt(2);
                }
            }
            if (occupancy >= limit) {
                return 409;
            }
            Thread.sleep(5); // the work a request does between its read and its write
            try (PreparedStatement write = c.prepareStatement("update pavilion set occupancy = ? where code = ?")) {
                write.setInt(1, occupancy + 1);
                write.setString(2, pavilion);
                write.executeUpdate();
            }
            return 200;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int occupancy(String pavilion) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select occupancy from pavilion where code = ?")) {
            s.setString(1, pavilion);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
