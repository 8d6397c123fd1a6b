package org.exposuite.pavilion.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** Creates the pavilions, floor plans and sessions a test needs, through the organizer API. */
final class Fixtures {

    private Fixtures() {
    }

    static String uniqueCode(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase(Locale.ROOT);
    }

    static String pavilionJson(String code, int safeOccupancy, int width, int depth) {
        return """
                {"code":"%s","nameEn":"Frontier Technology","nameZh":"前沿技术馆","theme":"Frontier technology",
                 "hall":"Hall 3","areaM2":%d,"safeOccupancy":%d,"floorWidthM":%d,"floorDepthM":%d,
                 "openHours":[{"day":"2018-05-26","opens":"09:00","closes":"18:00"},{"day":"2018-05-27","opens":"09:00","closes":"17:30"}]}
                """.formatted(code, width * depth, safeOccupancy, width, depth);
    }

    /** A new pavilion of 60 x 40 m with the given safe occupancy; returns its code. */
    static String pavilion(int safeOccupancy) {
        String code = uniqueCode("P");
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body(pavilionJson(code, safeOccupancy, 60, 40))
                .post("/api/pavilions").then().statusCode(201);
        return code;
    }

    static String booth(String code, String type, double x, double y, double width, double depth) {
        return """
                {"code":"%s","type":"%s","x":%s,"y":%s,"width":%s,"depth":%s,"priceClass":"A"}"""
                .formatted(code, type, x, y, width, depth);
    }

    static String plan(List<String> booths) {
        return "{\"booths\":[" + booths.stream().collect(Collectors.joining(",")) + "]}";
    }

    /** A pavilion with one row of inline 3 x 3 m booths; returns the booth codes. */
    static List<String> pavilionWithBooths(String pavilion, int count) {
        String prefix = uniqueCode("B");
        List<String> codes = java.util.stream.IntStream.range(0, count).mapToObj(i -> prefix + "-" + (i + 1)).toList();
        List<String> booths = java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> booth(codes.get(i), "INLINE", 3.0 * (i % 18), 4.0 * (i / 18), 3, 3)).toList();
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(plan(booths))
                .put("/api/pavilions/" + pavilion + "/floorplan").then().statusCode(200);
        return codes;
    }

    static String sessionJson(String pavilion, String stage, String starts, String ends, int seats) {
        return """
                {"kind":"DIALOGUE","titleEn":"High-level dialogue: artificial intelligence","titleZh":"人工智能高端对话",
                 "theme":"Artificial intelligence","pavilionCode":"%s","stage":"%s","startsAt":"%s","endsAt":"%s",
                 "seatCapacity":%d,"speakers":[{"name":"Ma Huateng","affiliation":"Tencent"},{"name":"Robin Li","affiliation":"Baidu"}]}
                """.formatted(pavilion, stage, starts, ends, seats);
    }

    /** A new session on its own stage; returns its id. */
    static long session(String pavilion, int seats) {
        return given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body(sessionJson(pavilion, uniqueCode("S"), "2018-05-27T14:00:00+08:00", "2018-05-27T16:00:00+08:00", seats))
                .post("/api/sessions").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
