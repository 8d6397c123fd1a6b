package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.exposuite.platform.problem.PlatformProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * While PostgreSQL is away (every connection cut, new ones refused) the service answers 503 problems with Retry-After
 * and no driver words; once it is back the very next request succeeds, without restarting the service.
 */
@QuarkusTest
@WithTestResource(DatabaseProxy.class)
class DatabaseOutageAnswerTest {

    @AfterEach
    void databaseIsBack() {
        DatabaseProxy.current.restore();
    }

    @Test
    void whileTheDatabaseIsAwayEveryKindOfRequestAnswers503AndTheServiceRecoversByItself() {
        String category = Expo.createCategory(Expo.newCode("OUT"), 100, null);
        String email = Expo.newEmail();
        String secret = Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]"))
                .then().statusCode(201).extract().path("secret");

        DatabaseProxy.current.cut();

        for (Response answer : List.of(
                given().get("/api/categories"),
                Expo.register(Expo.registration(category, email, "[\"2018-05-26\"]")),
                given().auth().oauth2(Tokens.forRole("organizer")).get("/api/registrations"),
                given().auth().oauth2(secret).get("/api/registrations/me"))) {
            assertServiceUnavailable(answer);
        }

        DatabaseProxy.current.restore();

        given().get("/api/categories").then().statusCode(200).body("code", hasItem(category));
        // nothing of the refused registration was stored: the same person registers now
        Expo.register(Expo.registration(category, email, "[\"2018-05-26\"]")).then().statusCode(201);
        given().auth().oauth2(secret).get("/api/registrations/me").then().statusCode(200).body("category", equalTo(category));
    }

    @Test
    void aChangeSentWhileTheDatabaseIsAwayAnswers503() {
        String category = Expo.createCategory(Expo.newCode("OUT"), 100, null);

        DatabaseProxy.current.cut();
        assertServiceUnavailable(given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body("{\"code\":\"%s\",\"nameEn\":\"Visitor day pass\",\"nameZh\":\"观众日票\",\"capacity\":200}".formatted(category))
                .put("/api/categories/" + category));
        DatabaseProxy.current.restore();

        given().get("/api/categories").then().statusCode(200)
                .body("find { it.code == '%s' }.capacity".formatted(category), equalTo(100));
    }

    private static void assertServiceUnavailable(Response answer) {
        String body = answer.asString();
        assertThat(answer.statusCode()).as(body).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getString("type")).isEqualTo(PlatformProblem.SERVICE_UNAVAILABLE.type().toString());
        assertThat(answer.header("Retry-After")).isEqualTo("5");
        assertThat(answer.jsonPath().getString("requestId")).isNotBlank();
        assertThat(body).doesNotContain("SQL", "JDBC", "jdbc", "postgres", "Exception", "org.", "java.", "5432", "select", "insert");
    }
}
