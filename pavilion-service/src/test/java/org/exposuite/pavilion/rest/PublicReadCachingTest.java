package org.exposuite.pavilion.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicReadCachingTest {

    private static String createPavilion(int safeOccupancy) {
        String code = "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body("""
                {"code":"%s","nameEn":"Digital Hardware","nameZh":"数字硬件馆","theme":"Digital hardware",
                 "hall":"Hall 4","areaM2":9000,"safeOccupancy":%d,"floorWidthM":90,"floorDepthM":100,
                 "openHours":[{"day":"2018-05-26","opens":"09:00","closes":"18:00"}]}
                """.formatted(code, safeOccupancy)).post("/api/pavilions").then().statusCode(201);
        return code;
    }

    @Test
    void publicReadCarriesItsValidatorAndAShortPublicFreshness() {
        String code = createPavilion(3000);

        Response first = given().get("/api/pavilions/" + code);

        first.then().statusCode(200).contentType(ContentType.JSON).body("safeOccupancy", equalTo(3000))
                .header("Cache-Control", "public, max-age=2, stale-while-revalidate=2");
        assertThat(first.header("ETag")).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(given().get("/api/pavilions/" + code).header("ETag")).as("the same body, the same validator")
                .isEqualTo(first.header("ETag"));
    }

    @Test
    void matchingValidatorIsAnsweredNotModifiedWithoutBody() {
        String code = createPavilion(3000);
        String tag = given().get("/api/pavilions/" + code).then().statusCode(200).extract().header("ETag");

        Response again = given().header("If-None-Match", "\"other\", " + tag).get("/api/pavilions/" + code);

        again.then().statusCode(304).header("ETag", tag).header("Cache-Control", "public, max-age=2, stale-while-revalidate=2");
        assertThat(again.asByteArray()).isEmpty();
        given().header("If-None-Match", "W/" + tag).get("/api/pavilions/" + code).then().statusCode(304);
    }

    @Test
    void changedAnswerGetsANewValidatorAndItsBody() {
        String code = createPavilion(3000);
        String tag = given().get("/api/pavilions/" + code).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body("""
                {"nameEn":"Digital Hardware","nameZh":"数字硬件馆","theme":"Digital hardware","hall":"Hall 4","areaM2":9000,
                 "safeOccupancy":2500,"floorWidthM":90,"floorDepthM":100}
                """).put("/api/pavilions/" + code).then().statusCode(200);

        Response changed = given().header("If-None-Match", tag).get("/api/pavilions/" + code);

        changed.then().statusCode(200).body("safeOccupancy", equalTo(2500));
        assertThat(changed.header("ETag")).isNotEqualTo(tag);
    }

    @Test
    void floorPlanPictureKeepsItsTypeAndGetsAValidator() {
        String code = createPavilion(3000);

        Response picture = given().get("/api/pavilions/" + code + "/floorplan.svg");

        picture.then().statusCode(200).contentType("image/svg+xml").header("Cache-Control", "public, max-age=5, stale-while-revalidate=5");
        assertThat(picture.asString()).contains("<svg");
        given().header("If-None-Match", picture.header("ETag")).get("/api/pavilions/" + code + "/floorplan.svg")
                .then().statusCode(304);
    }

    @Test
    void problemsAreNeverStored() {
        given().get("/api/pavilions/NOPE").then().statusCode(404).contentType("application/problem+json")
                .header("Cache-Control", "no-store").header("ETag", (String) null);
        given().auth().oauth2(Tokens.forRole("organizer")).get("/api/booths/NOPE-1/history")
                .then().statusCode(404).header("Cache-Control", "no-store");
    }
}
