package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Test data through the public API, and row counts straight from the database. */
final class Expo {

    private Expo() {
    }

    static String newCode(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String newEmail() {
        return "visitor-" + UUID.randomUUID() + "@example.org";
    }

    /** A category on sale now; extra is spliced into the JSON (e.g. per-day limits). */
    static String createCategory(String code, int capacity, String extra) {
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","nameEn":"Visitor day pass","nameZh":"观众日票","capacity":%d%s}
                        """.formatted(code, capacity, extra == null ? "" : "," + extra))
                .post("/api/categories")
                .then().statusCode(201);
        return code;
    }

    static String registration(String category, String email, String daysJson) {
        return """
                {"category":"%s",%s"familyName":"张","givenName":"伟","latinName":"Zhang Wei","email":"%s",
                 "phone":"+86 138 0000 0000","organization":"贵阳大数据交易所","jobTitle":"数据分析师","country":"CN",
                 "interests":["FRONTIER_TECHNOLOGY","DIGITAL_EXPERIENCE"],
                 "consents":{"privacyPolicy":true,"shareContactWithExhibitors":true}}
                """.formatted(category, daysJson == null ? "" : "\"days\":" + daysJson + ",", email);
    }

    static Response register(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/registrations");
    }

    static long count(AgroalDataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
