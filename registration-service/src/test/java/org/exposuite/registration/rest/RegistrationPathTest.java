package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.exposuite.registration.api.RegistrationProblem;
import org.junit.jupiter.api.Test;

/**
 * The registration path decides with the database alone: the e-mail address is unique by its index (no query before
 * the insert), places come from the guarded statements, the category's rules come from memory that an organizer's
 * change clears at once, and the registration.created event is written with the registration or not at all.
 */
@QuarkusTest
class RegistrationPathTest {

    private static final int ATTEMPTS = 20;

    @TestHTTPResource("/api/registrations")
    URI registrations;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    @CacheName("category-rules")
    Cache categoryRules;

    @Test
    void parallelRegistrationsWithOneEmailCreateOneAndRefuseTheOthers() throws Exception {
        String category = Expo.createCategory(Expo.newCode("E"), 100,
                "\"days\":[{\"day\":\"2018-05-26\",\"capacity\":100}]");
        String email = Expo.newEmail();

        // the same person, in upper and lower case, sent at the same moment
        List<HttpResponse<String>> responses = ParallelRequests.post(registrations, ATTEMPTS,
                i -> Expo.registration(category, i % 2 == 0 ? email : email.toUpperCase(), "[\"2018-05-26\"]"), null);

        assertThat(CapacityConcurrencyTest.outcomes(responses)).containsExactlyInAnyOrderEntriesOf(
                Map.of("201", 1L, "409 " + RegistrationProblem.ALREADY_REGISTERED.slug(), (long) ATTEMPTS - 1));
        assertThat(Expo.count(dataSource, "select count(*) from registration where lower(email) = lower('" + email + "')")).isEqualTo(1);
        // the refused ones gave their places back with everything else they wrote
        JsonPath view = given().get("/api/categories/" + category).then().statusCode(200).extract().jsonPath();
        assertThat(view.getInt("remaining")).isEqualTo(99);
        assertThat(view.getInt("days.find { it.day == '2018-05-26' }.remaining")).isEqualTo(99);
        assertThat(Expo.count(dataSource, "select count(*) from webhook_event where body ->> 'category' = '" + category + "'")).isEqualTo(1);
    }

    /** The control: the same race against a table without the unique index, checked first and written after, lets twins in. */
    @Test
    void checkingBeforeInsertingLetsTwinsInWhereTheUniqueIndexDoesNot() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists email_control (email varchar(254) not null)");
            statement.execute("delete from email_control");
        }
        int checkedFirst = race(connection -> {
            try (PreparedStatement check = connection.prepareStatement("select count(*) from email_control where lower(email) = lower(?)")) {
                check.setString(1, "twin@example.org");
                try (ResultSet count = check.executeQuery()) {
                    count.next();
                    if (count.getLong(1) > 0) {
                        return false;
                    }
                }
            }
            Thread.sleep(2); // the gap a registration leaves between its check and its insert
            try (PreparedStatement insert = connection.prepareStatement("insert into email_control values (?)")) {
                insert.setString(1, "twin@example.org");
                return insert.executeUpdate() == 1;
            }
        });
        assertThat(checkedFirst).isGreaterThan(1);

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from email_control");
            statement.execute("create unique index if not exists email_control_unique on email_control (lower(email))");
        }
        int guardedByIndex = race(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into email_control values (?) on conflict (lower(email)) do nothing")) {
                insert.setString(1, "twin@example.org");
                return insert.executeUpdate() == 1;
            }
        });
        assertThat(guardedByIndex).isEqualTo(1);
        assertThat(Expo.count(dataSource, "select count(*) from email_control")).isEqualTo(1);
    }

    @Test
    void registrationRecordsItsCreatedEventWithoutPersonalData() {
        String category = Expo.createCategory(Expo.newCode("EV"), 10,
                "\"days\":[{\"day\":\"2018-05-26\",\"capacity\":5},{\"day\":\"2018-05-27\",\"capacity\":5}]");
        String email = Expo.newEmail();
        String id = Expo.register(Expo.registration(category, email, "[\"2018-05-27\",\"2018-05-26\"]"))
                .then().statusCode(201).extract().path("id");

        assertThat(Expo.count(dataSource, "select count(*) from webhook_event where subject = 'registration/" + id + "'"
                + " and type = 'registration.created'")).isEqualTo(1);
        JsonPath body = JsonPath.from(eventBody("registration/" + id));
        assertThat(body.getMap("$")).containsOnlyKeys("registrationId", "category", "days", "status");
        assertThat(body.getString("registrationId")).isEqualTo(id);
        assertThat(body.getString("category")).isEqualTo(category);
        assertThat(body.getList("days", String.class)).containsExactly("2018-05-26", "2018-05-27");
        assertThat(body.getString("status")).isEqualTo("CONFIRMED");
        assertThat(eventBody("registration/" + id)).doesNotContain(email, "张", "Zhang", "贵阳");

        // a refused registration writes no event either
        Expo.register(Expo.registration(category, email, "[\"2018-05-26\"]")).then().statusCode(409);
        assertThat(Expo.count(dataSource, "select count(*) from webhook_event where body ->> 'category' = '" + category + "'")).isEqualTo(1);
    }

    /** The change itself makes this replica forget the rules it remembered, whatever their age. */
    @Test
    void anOrganizersChangeReachesTheNextRegistrationAtOnce() {
        String code = Expo.createCategory(Expo.newCode("CH"), 10, null);
        Expo.register(Expo.registration(code, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(201)
                .body("status", equalTo("CONFIRMED"));
        assertThat(rememberedRules()).contains(code);

        changeCategory(code, "\"approvalRequired\":true,\"days\":[{\"day\":\"2018-05-28\",\"capacity\":5}]");
        assertThat(rememberedRules()).doesNotContain(code);
        Expo.register(Expo.registration(code, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(422)
                .body("type", equalTo(RegistrationProblem.UNKNOWN_DAY.type().toString()));
        Expo.register(Expo.registration(code, Expo.newEmail(), null)).then().statusCode(201)
                .body("status", equalTo("PENDING")).body("days", org.hamcrest.Matchers.contains("2018-05-28"));

        changeCategory(code, "\"approvalRequired\":true,\"days\":[{\"day\":\"2018-05-28\",\"capacity\":5}],"
                + "\"salesCloseAt\":\"" + Instant.now().minusSeconds(60) + "\"");
        Expo.register(Expo.registration(code, Expo.newEmail(), null)).then().statusCode(409)
                .body("type", equalTo(RegistrationProblem.SALE_CLOSED.type().toString()));
    }

    /** Another replica's change, which this one hears nothing about, is seen once the remembered rules have aged out. */
    @Test
    void aChangeMadeElsewhereIsSeenWithinTheRulesMaximumAge() throws Exception {
        String code = Expo.createCategory(Expo.newCode("RA"), 100, null);
        Expo.register(Expo.registration(code, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(201);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement close = connection.prepareStatement("update category set sales_close_at = now() - interval '1 minute' where code = ?")) {
            close.setString(1, code);
            assertThat(close.executeUpdate()).isEqualTo(1);
        }
        // the maximum age is 20 s in tests; the generous bound only keeps a busy machine from failing the test
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        int status;
        do {
            Thread.sleep(250);
            status = Expo.register(Expo.registration(code, Expo.newEmail(), "[\"2018-05-26\"]")).then().extract().statusCode();
        } while (status == 201 && Instant.now().isBefore(giveUp));
        assertThat(status).isEqualTo(409);
        Expo.register(Expo.registration(code, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(409)
                .body("type", equalTo(RegistrationProblem.SALE_CLOSED.type().toString()));
    }

    private Set<Object> rememberedRules() {
        return categoryRules.as(CaffeineCache.class).keySet();
    }

    private static void changeCategory(String code, String changes) {
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body("{\"code\":\"%s\",\"nameEn\":\"Visitor day pass\",\"nameZh\":\"观众日票\",\"capacity\":10,%s}".formatted(code, changes))
                .put("/api/categories/" + code)
                .then().statusCode(200);
    }

    private String eventBody(String subject) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement read = connection.prepareStatement("select body::text from webhook_event where subject = ?")) {
            read.setString(1, subject);
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    interface Attempt {
        boolean tryInsert(Connection connection) throws Exception;
    }

    private int race(Attempt attempt) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS * 5; i++) {
                results.add(threads.submit(() -> {
                    gate.await();
                    try (Connection connection = dataSource.getConnection()) {
                        return attempt.tryInsert(connection);
                    }
                }));
            }
            gate.countDown();
            int inserted = 0;
            for (Future<Boolean> result : results) {
                inserted += result.get() ? 1 : 0;
            }
            return inserted;
        } finally {
            threads.shutdownNow();
        }
    }
}
