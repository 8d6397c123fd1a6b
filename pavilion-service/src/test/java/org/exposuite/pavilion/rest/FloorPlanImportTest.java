package org.exposuite.pavilion.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.exposuite.pavilion.api.PavilionProblem;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FloorPlanImportTest {

    @Inject
    AgroalDataSource dataSource;

    private static io.restassured.response.ValidatableResponse importPlan(String pavilion, List<String> booths) {
        return given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body(Fixtures.plan(booths))
                .put("/api/pavilions/" + pavilion + "/floorplan").then();
    }

    private long boothsStored(String pavilion) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select count(*) from booth b join pavilion p on p.id = b.pavilion_id where p.code = ?")) {
            s.setString(1, pavilion);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void floorPlanWithOneOverlappingBoothIsRefusedWhole() throws Exception {
        String pavilion = Fixtures.pavilion(1000);
        String p = Fixtures.uniqueCode("FT");
        importPlan(pavilion, List.of(
                Fixtures.booth(p + "-A1", "CORNER", 0, 0, 3, 3),
                Fixtures.booth(p + "-A2", "INLINE", 3, 0, 3, 3),
                Fixtures.booth(p + "-A3", "INLINE", 5, 1, 3, 3),
                Fixtures.booth(p + "-B1", "ISLAND", 20, 10, 6, 6)))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PavilionProblem.FLOOR_PLAN_INVALID.type().toString()))
                .body("errors.booth", containsInAnyOrder(p + "-A2", p + "-A3"))
                .body("errors.problem", hasItem("overlaps booth " + p + "-A2"));
        assertThat(boothsStored(pavilion)).isZero();
    }

    @Test
    void boothOutsideTheHallIsRefusedWhole() throws Exception {
        String pavilion = Fixtures.pavilion(1000);
        String p = Fixtures.uniqueCode("FT");
        importPlan(pavilion, List.of(
                Fixtures.booth(p + "-A1", "INLINE", 0, 0, 3, 3),
                Fixtures.booth(p + "-Z9", "INLINE", 58.5, 10, 3, 3)))
                .statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].booth", equalTo(p + "-Z9"))
                .body("errors[0].problem", startsWith("lies outside the hall"));
        assertThat(boothsStored(pavilion)).isZero();
    }

    @Test
    void everyWrongBoothIsNamedWithWhatIsWrong() {
        String pavilion = Fixtures.pavilion(1000);
        String p = Fixtures.uniqueCode("FT");
        importPlan(pavilion, List.of(
                Fixtures.booth(p + "-A1", "ROUND", 0, 0, 3, 3),
                Fixtures.booth(p + "-A2", "INLINE", 10, 0, 0.5, 3),
                Fixtures.booth(p + "-A3", "INLINE", 20, 0, 3, 3),
                Fixtures.booth(p + "-A3", "INLINE", 30, 0, 3, 3),
                Fixtures.booth("lower", "INLINE", 40, 0, 3, 3)))
                .statusCode(422)
                .body("errors.booth", containsInAnyOrder(p + "-A1", p + "-A2", p + "-A3", "lower"));
    }

    @Test
    void validPlanIsStoredAndBoothsTouchingAtTheirEdgesAreFine() {
        String pavilion = Fixtures.pavilion(1000);
        String p = Fixtures.uniqueCode("FT");
        importPlan(pavilion, List.of(
                Fixtures.booth(p + "-A1", "CORNER", 0, 0, 3, 3),
                Fixtures.booth(p + "-A2", "INLINE", 3, 0, 3, 3),
                Fixtures.booth(p + "-A3", "CORNER", 6, 0, 3, 3),
                Fixtures.booth(p + "-I1", "ISLAND", 20, 20, 9, 6)))
                .statusCode(200)
                .body("booths.code", contains(p + "-A1", p + "-A2", p + "-A3", p + "-I1"))
                .body("booths.status", everyItem(equalTo("FREE")));
        given().get("/api/booths/" + p + "-I1")
                .then().statusCode(200)
                .body("pavilionCode", equalTo(pavilion))
                .body("type", equalTo("ISLAND"))
                .body("areaM2", equalTo(54.0f));
        given().get("/api/pavilions/" + pavilion).then().statusCode(200).body("boothsByStatus.FREE", equalTo(4));
    }

    @Test
    void reimportKeepsTheStatusOfBoothsAndRefusesToDropAnAssignedOne() throws Exception {
        String pavilion = Fixtures.pavilion(1000);
        String p = Fixtures.uniqueCode("FT");
        importPlan(pavilion, List.of(Fixtures.booth(p + "-A1", "INLINE", 0, 0, 3, 3), Fixtures.booth(p + "-A2", "INLINE", 3, 0, 3, 3)))
                .statusCode(200);
        given().auth().oauth2(Tokens.forRole("service")).contentType(ContentType.JSON)
                .body("{\"exhibitorId\":\"EX-1\",\"exhibitorName\":\"Truck Alliance\"}")
                .put("/api/booths/" + p + "-A1/assignment").then().statusCode(200);

        importPlan(pavilion, List.of(Fixtures.booth(p + "-A1", "CORNER", 10, 10, 4, 3), Fixtures.booth(p + "-A2", "INLINE", 3, 0, 3, 3)))
                .statusCode(200);
        given().get("/api/booths/" + p + "-A1").then()
                .body("status", equalTo("ASSIGNED")).body("exhibitorName", equalTo("Truck Alliance"))
                .body("x", equalTo(10.0f)).body("type", equalTo("CORNER"));

        importPlan(pavilion, List.of(Fixtures.booth(p + "-A2", "INLINE", 3, 0, 3, 3)))
                .statusCode(422)
                .body("errors[0].booth", equalTo(p + "-A1"));
        importPlan(pavilion, List.of(Fixtures.booth(p + "-A1", "CORNER", 10, 10, 4, 3))).statusCode(200);
        assertThat(boothsStored(pavilion)).isEqualTo(1);
    }

    @Test
    void boothCodesAreUniqueAcrossTheExpo() {
        String first = Fixtures.pavilion(1000);
        String second = Fixtures.pavilion(1000);
        String code = Fixtures.uniqueCode("FT");
        importPlan(first, List.of(Fixtures.booth(code, "INLINE", 0, 0, 3, 3))).statusCode(200);
        importPlan(second, List.of(Fixtures.booth(code, "INLINE", 0, 0, 3, 3)))
                .statusCode(422)
                .body("errors[0].problem", equalTo("code is already used in pavilion " + first));
    }

    @Test
    void databaseRefusesOverlappingBoothsEvenWithoutTheService() throws Exception {
        String pavilion = Fixtures.pavilion(1000);
        String p = Fixtures.uniqueCode("FT");
        importPlan(pavilion, List.of(Fixtures.booth(p + "-A1", "INLINE", 0, 0, 3, 3))).statusCode(200);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     insert into booth (code, pavilion_id, type, x_m, y_m, width_m, depth_m, price_class)
                     select ?, id, 'INLINE', 2, 2, 3, 3, 'A' from pavilion where code = ?""")) {
            s.setString(1, p + "-X");
            s.setString(2, pavilion);
            org.assertj.core.api.Assertions.assertThatThrownBy(s::executeUpdate)
                    .hasMessageContaining("booth_no_overlap");
        }
    }

    @Test
    void boothsAreFoundByPavilionStatusTypeAndSize() {
        String pavilion = Fixtures.pavilion(1000);
        String p = Fixtures.uniqueCode("FT");
        importPlan(pavilion, List.of(
                Fixtures.booth(p + "-A1", "INLINE", 0, 0, 3, 3),
                Fixtures.booth(p + "-A2", "CORNER", 3, 0, 3, 3),
                Fixtures.booth(p + "-P1", "PENINSULA", 0, 10, 6, 6),
                Fixtures.booth(p + "-I1", "ISLAND", 20, 10, 9, 6))).statusCode(200);
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body("{\"exhibitorId\":\"EX-9\",\"exhibitorName\":\"iFlytek\"}")
                .put("/api/booths/" + p + "-I1/assignment").then().statusCode(200);

        given().queryParam("pavilion", pavilion).queryParam("status", "FREE").queryParam("minArea", 9).queryParam("maxArea", 40)
                .get("/api/booths").then().statusCode(200)
                .body("items.code", contains(p + "-A1", p + "-A2", p + "-P1"))
                .body("total", equalTo(3));
        given().queryParam("pavilion", pavilion).queryParam("type", "ISLAND").get("/api/booths")
                .then().body("items.code", contains(p + "-I1")).body("items[0].status", equalTo("ASSIGNED"));
        given().queryParam("pavilion", pavilion).queryParam("size", 2).queryParam("page", 1).get("/api/booths")
                .then().body("items.code", contains(p + "-I1", p + "-P1")).body("total", equalTo(4));
        given().queryParam("status", "LOST").get("/api/booths").then().statusCode(400);
    }
}
