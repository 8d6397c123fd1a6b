package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.exposuite.registration.api.RegistrationProblem;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizerAdministrationTest {

    @Inject
    AgroalDataSource dataSource;

    private static String organizer() {
        return Tokens.forRole("organizer");
    }

    @Test
    void organizerEndpointsNeedAnOrganizerToken() {
        for (String path : new String[] {"/api/registrations", "/api/registrations/statistics", "/api/registrations/export",
                "/api/registrations/00000000-0000-4000-8000-000000000000"}) {
            given().get(path).then().statusCode(401).contentType("application/problem+json");
            given().auth().oauth2(Tokens.forRole("scanner")).get(path).then().statusCode(403).contentType("application/problem+json");
        }
        given().post("/api/registrations/00000000-0000-4000-8000-000000000000/approval").then().statusCode(401);
        given().auth().oauth2(Tokens.forRole("service")).post("/api/registrations/00000000-0000-4000-8000-000000000000/approval")
                .then().statusCode(403);
    }

    @Test
    void searchFiltersPagesAndCountsAndIsRecorded() {
        String category = Expo.createCategory(Expo.newCode("OA"), 100, null);
        for (int i = 0; i < 5; i++) {
            Expo.register(Expo.registration(category, Expo.newEmail(), i < 3 ? "[\"2018-05-26\"]" : "[\"2018-05-28\"]")
                    .replace("\"country\":\"CN\"", i == 0 ? "\"country\":\"DE\"" : "\"country\":\"CN\"")).then().statusCode(201);
        }
        given().auth().oauth2(organizer()).queryParam("category", category).queryParam("size", 2)
                .get("/api/registrations").then().statusCode(200)
                .body("total", equalTo(5)).body("items.size()", equalTo(2)).body("size", equalTo(2));
        given().auth().oauth2(organizer()).queryParam("category", category).queryParam("day", "2018-05-28")
                .get("/api/registrations").then().body("total", equalTo(2)).body("items.days", everyItem(contains("2018-05-28")));
        given().auth().oauth2(organizer()).queryParam("category", category).queryParam("country", "DE")
                .get("/api/registrations").then().body("total", equalTo(1));
        given().auth().oauth2(organizer()).queryParam("category", category).queryParam("q", "贵阳大数据").queryParam("status", "CONFIRMED")
                .get("/api/registrations").then().body("total", equalTo(5));
        given().auth().oauth2(organizer()).queryParam("size", 201).get("/api/registrations")
                .then().statusCode(400).body("violations.field", contains("size"));
        assertThat(Expo.count(dataSource, "select count(*) from organizer_action where action = 'SEARCHED' and category_code = '"
                + category + "' and actor = 'organizer@test.expo-suite.org'")).isEqualTo(4);
    }

    @Test
    void wrongFiltersAreNamedAsQueryParametersInSearchAndExport() {
        for (String path : new String[] {"/api/registrations", "/api/registrations/export"}) {
            given().auth().oauth2(organizer()).queryParam("day", "26.05.2018").queryParam("status", "LOST").queryParam("country", "CHN")
                    .get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", containsInAnyOrder("day", "status", "country", "country"))
                    .body("violations.in", everyItem(equalTo("query")))
                    .body("violations.find { it.field == 'day' }.message", equalTo("must be a date such as 2018-05-26"))
                    .body("violations.find { it.field == 'status' }.message", equalTo("must be PENDING, CONFIRMED, REJECTED, CANCELLED or ERASED"))
                    .body("violations.message", hasItem("must be a two-letter country code"));
        }
    }

    @Test
    void freeTextFindsAConfirmationCodeAndAnEmail() {
        String category = Expo.createCategory(Expo.newCode("OA"), 100, null);
        String email = Expo.newEmail();
        String code = Expo.register(Expo.registration(category, email, "[\"2018-05-26\"]")).then().statusCode(201).extract().path("confirmationCode");
        given().auth().oauth2(organizer()).queryParam("q", code.toLowerCase()).get("/api/registrations")
                .then().body("total", equalTo(1)).body("items[0].email", equalTo(email));
        given().auth().oauth2(organizer()).queryParam("q", email.substring(0, 20).toUpperCase()).get("/api/registrations")
                .then().body("total", equalTo(1)).body("items[0].confirmationCode", equalTo(code));
    }

    @Test
    void approvingAndRejectingPendingRegistrationsIsRecordedAndRejectionFreesThePlace() {
        String category = Expo.createCategory(Expo.newCode("MEDIA"), 2, "\"approvalRequired\":true");
        String first = Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(201).extract().path("id");
        String second = Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(organizer()).post("/api/registrations/" + first + "/approval")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        given().auth().oauth2(organizer()).contentType(ContentType.JSON).body("{}")
                .post("/api/registrations/" + second + "/rejection").then().statusCode(400).body("violations.field", contains("reason"));
        given().auth().oauth2(organizer()).contentType(ContentType.JSON).body("{\"reason\":\"No press accreditation\"}")
                .post("/api/registrations/" + second + "/rejection").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("decisionReason", equalTo("No press accreditation"));
        given().auth().oauth2(organizer()).contentType(ContentType.JSON).body("{\"reason\":\"again\"}")
                .post("/api/registrations/" + second + "/rejection").then().statusCode(409)
                .body("type", equalTo(RegistrationProblem.REGISTRATION_STATE_CONFLICT.type().toString()));
        given().get("/api/categories/" + category).then().body("remaining", equalTo(1));
        given().auth().oauth2(organizer()).contentType(ContentType.JSON).body("{\"reason\":\"Duplicate\"}")
                .post("/api/registrations/" + first + "/cancellation").then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().get("/api/categories/" + category).then().body("remaining", equalTo(2));
        assertThat(Expo.count(dataSource, "select count(*) from organizer_action where registration_id in ('" + first + "','" + second
                + "') and action in ('APPROVED','REJECTED','CANCELLED') and actor = 'organizer@test.expo-suite.org'")).isEqualTo(3);
        given().auth().oauth2(organizer()).get("/api/registrations/" + first).then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(organizer()).get("/api/registrations/00000000-0000-4000-8000-000000000000").then().statusCode(404);
    }

    @Test
    void statisticsCountByCategoryDayAndCountryWithThePlacesLeft() {
        String category = Expo.createCategory(Expo.newCode("ST"), 100, "\"days\":[{\"day\":\"2018-05-27\",\"capacity\":5}]");
        Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-27\"]")).then().statusCode(201);
        Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-27\"]").replace("\"country\":\"CN\"", "\"country\":\"NZ\""))
                .then().statusCode(201);

        JsonPath statistics = given().auth().oauth2(organizer()).get("/api/registrations/statistics").then().statusCode(200).extract().jsonPath();
        String ofCategory = "categories.find { it.code == '%s' }.".formatted(category);
        assertThat(statistics.getInt(ofCategory + "capacity")).isEqualTo(100);
        assertThat(statistics.getInt(ofCategory + "taken")).isEqualTo(2);
        assertThat(statistics.getInt(ofCategory + "remaining")).isEqualTo(98);
        assertThat(statistics.getInt(ofCategory + "byStatus.CONFIRMED")).isEqualTo(2);
        String ofDayLimit = "days.find { it.day == '2018-05-27' }.limits.find { it.category == '%s' }.".formatted(category);
        assertThat(statistics.getInt(ofDayLimit + "capacity")).isEqualTo(5);
        assertThat(statistics.getInt(ofDayLimit + "taken")).isEqualTo(2);
        assertThat(statistics.getInt(ofDayLimit + "remaining")).isEqualTo(3);
        assertThat(statistics.getLong("days.find { it.day == '2018-05-27' }.active")).isGreaterThanOrEqualTo(2);
        assertThat(statistics.getLong("countries.find { it.country == 'NZ' }.active")).isGreaterThanOrEqualTo(1);
        assertThat(statistics.getLong("active")).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(statistics.getLong("total"));

        given().auth().oauth2(organizer()).queryParam("category", category).queryParam("country", "nz").get("/api/registrations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].country", equalTo("NZ"))
                .body("items[0].days", contains("2018-05-27")).body("items[0].createdAt", notNullValue());
    }

    @Test
    void csvExportOpensWithChineseNamesIntactAndDefusesFormulas() {
        String category = Expo.createCategory(Expo.newCode("CSV"), 100, null);
        String email = Expo.newEmail();
        String body = Expo.registration(category, email, "[\"2018-05-26\",\"2018-05-27\"]")
                .replace("\"organization\":\"贵阳大数据交易所\"", "\"organization\":\"=HYPERLINK(\\\"x\\\"), 贵阳\"")
                .replace("\"jobTitle\":\"数据分析师\"", "\"jobTitle\":\"@SUM(A1)\"");
        String code = Expo.register(body).then().statusCode(201).extract().path("confirmationCode");

        byte[] csv = given().auth().oauth2(organizer()).queryParam("category", category).get("/api/registrations/export")
                .then().statusCode(200).contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"registrations.csv\"")
                .extract().asByteArray();

        assertThat(Arrays.copyOfRange(csv, 0, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo(RegistrationCsv.HEADER);
        assertThat(lines[1]).startsWith(code + ",CONFIRMED," + category + ",2018-05-26 2018-05-27,张,伟,Zhang Wei," + email
                + ",'+86 138 0000 0000,\"'=HYPERLINK(\"\"x\"\"), 贵阳\",'@SUM(A1),CN,\"FRONTIER_TECHNOLOGY,DIGITAL_EXPERIENCE\",true,");
        assertThat(lines[2]).isEmpty();
        assertThat(Arrays.copyOfRange(csv, 3, 3 + RegistrationCsv.HEADER.length() + 2))
                .isEqualTo((RegistrationCsv.HEADER + "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(lines[1]).matches(".*,true,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        // 张,伟 as UTF-8 bytes, as Excel reads them after the byte order mark
        assertThat(new String(csv, StandardCharsets.ISO_8859_1)).contains(new String(
                new byte[] {(byte) 0xE5, (byte) 0xBC, (byte) 0xA0, ',', (byte) 0xE4, (byte) 0xBC, (byte) 0x9F}, StandardCharsets.ISO_8859_1));
        assertThat(Expo.count(dataSource, "select count(*) from organizer_action where action = 'EXPORTED' and category_code = '" + category + "'"))
                .isEqualTo(1);
    }
}
