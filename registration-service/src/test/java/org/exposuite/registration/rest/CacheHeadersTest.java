package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CacheHeadersTest {

    @Test
    void categoriesOnSaleAreFreshForOneSecondAndRevalidatedByTheirTag() {
        String category = Expo.createCategory(Expo.newCode("H"), 100, null);

        Response categories = given().get("/api/categories");

        categories.then().statusCode(200).body("code", hasItem(category))
                .header("Cache-Control", "public, max-age=1, stale-while-revalidate=1");
        assertThat(categories.header("ETag")).isNotBlank();
        given().header("If-None-Match", categories.header("ETag")).get("/api/categories").then().statusCode(304);
    }

    @Test
    void placesTakenChangeTheCategorysTag() {
        String category = Expo.createCategory(Expo.newCode("H"), 100, null);
        String before = given().get("/api/categories/" + category).then().statusCode(200).extract().header("ETag");
        Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(201);

        given().header("If-None-Match", before).get("/api/categories/" + category)
                .then().statusCode(200).header("ETag", not(before));
    }

    @Test
    void selfServiceAndOrganizerAnswersAreNeverStored() {
        String category = Expo.createCategory(Expo.newCode("H"), 100, null);
        String secret = Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]"))
                .then().statusCode(201).header("Cache-Control", "no-store").extract().path("secret");

        given().auth().oauth2(secret).get("/api/registrations/me")
                .then().statusCode(200).header("Cache-Control", "no-store").header("ETag", (String) null);
        given().auth().oauth2(Tokens.forRole("organizer")).get("/api/registrations/statistics")
                .then().statusCode(200).header("Cache-Control", "no-store");
    }
}
