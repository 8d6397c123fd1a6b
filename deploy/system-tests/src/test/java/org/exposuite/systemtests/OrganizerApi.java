package org.exposuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** What the organizers (and, for set-up, a visitor or a company) do through the APIs before a browser looks. */
final class OrganizerApi {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private OrganizerApi() {
    }

    /** A visitor category of its own with the given places, where the attendee picks days among all expo days. */
    static String category(String nameEn, String nameZh, int capacity) {
        String code = "WEB-" + randomCode(8);
        Map<String, Object> category = Map.of(
                "code", code,
                "nameEn", nameEn + " " + code,
                "nameZh", nameZh,
                "capacity", capacity,
                "approvalRequired", false,
                "invitationOnly", false,
                "allDays", false);
        Response created = given().auth().oauth2(Suite.token("organizer")).contentType(ContentType.JSON).body(category)
                .post("/api/categories");
        assertThat(created.statusCode()).as("POST /api/categories answered %s", created.asString()).isEqualTo(201);
        awaitPublicList(code);
        return code;
    }

    /** Visitors see a new pass once the gateway's short-lived copy of the public list has expired (a second or two). */
    private static void awaitPublicList(String code) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!given().accept(ContentType.JSON).get("/api/categories").asString().contains("\"" + code + "\"")) {
            assertThat(System.nanoTime()).as("category %s in the public list within 30 s", code).isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The organizers' view of every registration made with this e-mail address. */
    static JsonPath registrationsOf(String email) {
        Response found = given().auth().oauth2(Suite.token("organizer")).accept(ContentType.JSON)
                .queryParam("q", email).queryParam("size", 100).get("/api/registrations");
        assertThat(found.statusCode()).as("GET /api/registrations?q=%s answered %s", email, found.asString()).isEqualTo(200);
        return found.jsonPath();
    }

    /** The one registration made with this e-mail address. */
    static JsonPath registrationOf(String email) {
        JsonPath found = registrationsOf(email);
        assertThat(found.getList("items")).as("registrations of %s", email).hasSize(1);
        return found.setRootPath("items[0]");
    }

    /** Registers a visitor straight through the API (to fill a category, or to have a registration to manage). */
    static JsonPath registered(String category, String email) {
        Response created = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(visitor(category, email)).post("/api/registrations");
        assertThat(created.statusCode()).as("POST /api/registrations answered %s", created.asString()).isEqualTo(201);
        return created.jsonPath();
    }

    /** Puts a visitor on the waiting list of a full category straight through the API. */
    static JsonPath waiting(String category, String email) {
        Response joined = given().contentType(ContentType.JSON).body(visitor(category, email)).post("/api/waitlist");
        assertThat(joined.statusCode()).as("POST /api/waitlist answered %s", joined.asString()).isEqualTo(201);
        return joined.jsonPath();
    }

    /** A company's application, created straight through the API; the body holds its ex_ secret. */
    static JsonPath application(String companyNameEn) {
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("companyNameEn", companyNameEn);
        application.put("companyNameZh", "贵阳数据科技有限公司");
        application.put("country", "CN");
        application.put("website", "https://data-works.example.cn");
        application.put("description", "Data exchange platforms for city services.");
        application.put("contact", Map.of("name", "Li Na", "email", "li.na." + randomCode(6).toLowerCase(Locale.ROOT)
                + "@exhibitor.systest.expo-suite.org", "phone", "+86 851 8888 0000"));
        application.put("themes", List.of("Digital Applications"));
        application.put("boothSizeM2", 18);
        Response created = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(application).post("/api/exhibitors/applications");
        assertThat(created.statusCode()).as("POST /api/exhibitors/applications answered %s", created.asString()).isEqualTo(201);
        return created.jsonPath();
    }

    /** A pavilion, its booths and the free booth next to the first. */
    record Pavilion(String code, String booth, String freeBooth) {
    }

    /** A pavilion with two booths on its floor plan and one dialogue on its stage on the first expo day. */
    static Pavilion pavilionWithADialogue() {
        String code = "W" + randomCode(7);
        Response pavilion = given().auth().oauth2(Suite.token("organizer")).contentType(ContentType.JSON).body(Map.ofEntries(
                Map.entry("code", code),
                Map.entry("nameEn", "Digital Applications Pavilion " + code),
                Map.entry("nameZh", "数字应用馆"),
                Map.entry("theme", "Digital Applications"),
                Map.entry("hall", "Hall 2"),
                Map.entry("areaM2", 1200),
                Map.entry("safeOccupancy", 300),
                Map.entry("floorWidthM", 40),
                Map.entry("floorDepthM", 30))).post("/api/pavilions");
        assertThat(pavilion.statusCode()).as("POST /api/pavilions answered %s", pavilion.asString()).isEqualTo(201);
        String booth = code + "-A1";
        String freeBooth = code + "-A2";
        Response plan = given().auth().oauth2(Suite.token("organizer")).contentType(ContentType.JSON).body(Map.of("booths", List.of(
                        Map.of("code", booth, "type", "INLINE", "x", 0, "y", 0, "width", 6, "depth", 3, "priceClass", "A"),
                        Map.of("code", freeBooth, "type", "CORNER", "x", 6, "y", 0, "width", 3, "depth", 3, "priceClass", "B"))))
                .put("/api/pavilions/" + code + "/floorplan");
        assertThat(plan.statusCode()).as("PUT floorplan answered %s", plan.asString()).isEqualTo(200);
        Response session = given().auth().oauth2(Suite.token("organizer")).contentType(ContentType.JSON).body(Map.of(
                "kind", "DIALOGUE",
                "titleEn", "Big data and the digital economy",
                "titleZh", "大数据与数字经济",
                "theme", "Digital Applications",
                "pavilionCode", code,
                "stage", "Main stage",
                "startsAt", "2018-05-26T14:00:00+08:00",
                "endsAt", "2018-05-26T16:00:00+08:00",
                "seatCapacity", 120,
                "speakers", List.of(Map.of("name", "Chen Gang", "affiliation", "Guizhou Big Data Bureau")))).post("/api/sessions");
        assertThat(session.statusCode()).as("POST /api/sessions answered %s", session.asString()).isEqualTo(201);
        return new Pavilion(code, booth, freeBooth);
    }

    /** A company that applied, submitted and was approved onto the booth; the answer holds its id and ex_ secret. */
    static JsonPath approvedExhibitor(String companyNameEn, Pavilion pavilion) {
        JsonPath applied = application(companyNameEn);
        String secret = applied.getString("secret");
        Response submitted = given().auth().oauth2(secret).post("/api/exhibitors/me/submit");
        assertThat(submitted.statusCode()).as("POST /api/exhibitors/me/submit answered %s", submitted.asString()).isEqualTo(200);
        Response approved = given().auth().oauth2(Suite.token("organizer")).contentType(ContentType.JSON)
                .body(Map.of("boothCode", pavilion.booth())).post("/api/exhibitors/applications/" + applied.getString("id") + "/approve");
        assertThat(approved.statusCode()).as("approve answered %s", approved.asString()).isEqualTo(200);
        return applied;
    }

    /** An e-mail address nobody else in the run uses. */
    static String uniqueEmail(String name) {
        return name + "." + randomCode(10).toLowerCase(Locale.ROOT) + "@visitor.systest.expo-suite.org";
    }

    private static Map<String, Object> visitor(String category, String email) {
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("category", category);
        registration.put("days", List.of(Suite.EXPO_DAYS.get(0)));
        registration.put("familyName", "Zhao");
        registration.put("givenName", "Lei");
        registration.put("email", email);
        registration.put("country", "CN");
        registration.put("consents", Map.of("privacyPolicy", true, "shareContactWithExhibitors", false));
        return registration;
    }

    static String randomCode(int length) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < length; i++) {
            code.append(CODE_CHARACTERS.charAt(RANDOM.nextInt(CODE_CHARACTERS.length())));
        }
        return code.toString();
    }
}
