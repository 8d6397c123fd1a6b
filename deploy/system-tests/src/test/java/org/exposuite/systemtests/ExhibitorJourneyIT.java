package org.exposuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * An exhibitor's way through the whole suite: the organizer lays out a pavilion (pavilion-service), the company
 * applies and is approved onto a booth (exhibitor-service, which assigns the booth), registers staff who get
 * badges (registration-service) and scans visitors' badges as leads, verified offline with the published keys.
 */
@SystemTest
class ExhibitorJourneyIT {

    /** registration-service issues staff badges in this category (expo.staff.category); organizers create it. */
    private static final String STAFF_CATEGORY = "EXHIBITOR-STAFF";
    private static final String BADGE_ISSUER = "expo-suite-registration";
    private static final ZoneId EXPO_ZONE = ZoneId.of("Asia/Shanghai");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /** An approved exhibitor: its id, self-service secret, name and the booth it stands on. */
    private record Exhibitor(String id, String secret, String name, String pavilionCode, String boothCode, String freeBoothCode) {
    }

    /** A visitor's registration and the secret that manages it. */
    private record Visitor(String registrationId, String secret, String email) {
    }

    @Test
    void approvedExhibitorHoldsItsBoothAndIsListedInTheDirectory() {
        Exhibitor exhibitor = approvedExhibitorOnANewBooth();

        Response booth = given().accept(ContentType.JSON).get("/api/booths/" + exhibitor.boothCode());
        assertThat(booth.statusCode()).as("GET /api/booths/%s answered %s", exhibitor.boothCode(), booth.asString()).isEqualTo(200);
        assertThat(booth.jsonPath().getString("status")).isEqualTo("ASSIGNED");
        assertThat(booth.jsonPath().getString("exhibitorId")).isEqualTo(exhibitor.id());
        assertThat(booth.jsonPath().getString("exhibitorName")).isEqualTo(exhibitor.name());
        assertThat(booth.jsonPath().getString("pavilionCode")).isEqualTo(exhibitor.pavilionCode());

        Response neighbour = given().accept(ContentType.JSON).get("/api/booths/" + exhibitor.freeBoothCode());
        assertThat(neighbour.jsonPath().getString("status")).as("the booth nobody was approved onto").isEqualTo("FREE");
        assertThat(neighbour.jsonPath().getString("exhibitorId")).isNull();

        Response directory = given().accept(ContentType.JSON).queryParam("q", exhibitor.name()).get("/api/exhibitors");
        assertThat(directory.statusCode()).isEqualTo(200);
        assertThat(directory.jsonPath().getList("id", String.class)).as("directory entries for %s", exhibitor.name())
                .containsExactly(exhibitor.id());
        assertThat(directory.jsonPath().getString("[0].companyNameEn")).isEqualTo(exhibitor.name());
        assertThat(directory.jsonPath().getString("[0].boothCode")).isEqualTo(exhibitor.boothCode());
        assertThat(directory.jsonPath().getString("[0].pavilionCode")).isEqualTo(exhibitor.pavilionCode());
    }

    @Test
    void staffMembersGetSignedBadgesAndAppearAsExhibitorStaffRegistrations() throws Exception {
        staffCategoryExists();
        Exhibitor exhibitor = approvedExhibitorOnANewBooth();
        String suffix = randomCode(8).toLowerCase(Locale.ROOT);
        List<Map<String, Object>> people = List.of(
                Map.of("familyName", "Wang", "givenName", "Fang", "email", "fang.wang." + suffix + "@staff.systest.expo-suite.org"),
                Map.of("familyName", "Müller", "givenName", "Jonas", "email", "jonas.mueller." + suffix + "@staff.systest.expo-suite.org"));

        for (Map<String, Object> person : people) {
            String email = (String) person.get("email");
            Response member = given().auth().oauth2(exhibitor.secret()).contentType(ContentType.JSON).body(person)
                    .post("/api/exhibitors/me/staff");
            assertThat(member.statusCode()).as("POST /api/exhibitors/me/staff for %s answered %s", email, member.asString()).isEqualTo(201);
            String registrationId = member.jsonPath().getString("registrationId");
            String badgeToken = member.jsonPath().getString("badgeToken");
            assertThat(registrationId).isNotBlank();
            assertThat(badgeToken).isNotBlank();

            JWTClaimsSet badge = verifiedWithPublishedKeys(badgeToken);
            assertThat(badge.getSubject()).isEqualTo(registrationId);
            assertThat(badge.getStringClaim("cat")).isEqualTo(STAFF_CATEGORY);
            assertThat(badge.getStringListClaim("days")).containsExactlyElementsOf(Suite.EXPO_DAYS);

            Response found = given().auth().oauth2(Suite.token("organizer")).accept(ContentType.JSON)
                    .queryParam("q", email).get("/api/registrations");
            assertThat(found.statusCode()).as("GET /api/registrations?q=%s answered %s", email, found.asString()).isEqualTo(200);
            assertThat(found.jsonPath().getLong("total")).isEqualTo(1);
            assertThat(found.jsonPath().getString("items[0].id")).isEqualTo(registrationId);
            assertThat(found.jsonPath().getString("items[0].category")).isEqualTo(STAFF_CATEGORY);
            assertThat(found.jsonPath().getString("items[0].status")).isEqualTo("CONFIRMED");
            assertThat(found.jsonPath().getString("items[0].familyName")).isEqualTo(person.get("familyName"));
            assertThat(found.jsonPath().getString("items[0].organization")).isEqualTo(exhibitor.name());
        }

        // registering a person again hands back the same registration instead of using up the allowance
        Response again = given().auth().oauth2(exhibitor.secret()).contentType(ContentType.JSON).body(people.get(0))
                .post("/api/exhibitors/me/staff");
        assertThat(again.statusCode()).as("second POST answered %s", again.asString()).isEqualTo(200);

        Response roster = given().auth().oauth2(exhibitor.secret()).accept(ContentType.JSON).get("/api/exhibitors/me/staff");
        assertThat(roster.statusCode()).isEqualTo(200);
        // 3 badges plus one per full 9 m² of the 18 m² booth
        assertThat(roster.jsonPath().getInt("allowance")).isEqualTo(5);
        assertThat(roster.jsonPath().getList("members.email", String.class))
                .containsExactlyInAnyOrder((String) people.get(0).get("email"), (String) people.get(1).get("email"));

        Response staffOfExhibitor = given().auth().oauth2(Suite.token("organizer")).accept(ContentType.JSON)
                .queryParam("category", STAFF_CATEGORY).queryParam("q", exhibitor.name()).get("/api/registrations");
        assertThat(staffOfExhibitor.jsonPath().getLong("total")).as("staff registrations of %s", exhibitor.name()).isEqualTo(2);
    }

    @Test
    void scannedVisitorsBecomeLeadsWithContactOnlyWhenTheyShareIt() throws Exception {
        String visitorCategory = visitorCategoryForAllExpoDays();
        Exhibitor exhibitor = approvedExhibitorOnANewBooth();
        Visitor sharing = register(visitorCategory, "Li", "Na", true);
        Visitor notSharing = register(visitorCategory, "Zhao", "Lei", false);

        String sharingBadge = badgeOf(sharing);
        String notSharingBadge = badgeOf(notSharing);
        JWTClaimsSet claims = verifiedWithPublishedKeys(sharingBadge);
        assertThat(claims.getStringClaim("cat")).isEqualTo(visitorCategory);

        Map<String, Object> sharedLead = scanUntilContactAnswered(exhibitor, sharingBadge, sharing.registrationId());
        assertThat(sharedLead).containsEntry("registrationId", sharing.registrationId())
                .containsEntry("category", visitorCategory);
        assertThat(sharedLead.get("contact")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("familyName", "Li")
                .containsEntry("givenName", "Na")
                .containsEntry("email", sharing.email())
                .containsEntry("organization", "Guiyang Data Works");

        Map<String, Object> notSharingLead = scanUntilContactAnswered(exhibitor, notSharingBadge, notSharing.registrationId());
        assertThat(notSharingLead).containsEntry("registrationId", notSharing.registrationId()).doesNotContainKey("contact");
        assertThat(notSharingLead.toString()).doesNotContain("Zhao").doesNotContain(notSharing.email());

        Response leads = given().auth().oauth2(exhibitor.secret()).accept(ContentType.JSON)
                .get("/api/exhibitors/" + exhibitor.id() + "/leads");
        assertThat(leads.statusCode()).isEqualTo(200);
        // the suite's fixed clock gives both scans the same time, so the list order between them is not asserted
        assertThat(leads.jsonPath().getList("registrationId", String.class))
                .containsExactlyInAnyOrder(sharing.registrationId(), notSharing.registrationId());
        assertThat(leads.jsonPath().getString("find { it.registrationId == '" + sharing.registrationId() + "' }.contact.email"))
                .isEqualTo(sharing.email());
        assertThat(leads.jsonPath().getString("find { it.registrationId == '" + notSharing.registrationId() + "' }.contact")).isNull();
    }

    // --- the organizer and the exhibitor, through the gateway ---

    /** A new pavilion with two booths, and a company that applied, submitted and was approved onto the first. */
    private static Exhibitor approvedExhibitorOnANewBooth() {
        String pavilion = "J" + randomCode(11);
        Response created = given().auth().oauth2(Suite.token("organizer")).contentType(ContentType.JSON).body(Map.of(
                "code", pavilion,
                "nameEn", "Journey Pavilion " + pavilion,
                "nameZh", "参展旅程馆",
                "theme", "Smart Manufacturing",
                "hall", "Hall J",
                "areaM2", 600,
                "safeOccupancy", 200,
                "floorWidthM", 30,
                "floorDepthM", 20)).post("/api/pavilions");
        assertThat(created.statusCode()).as("POST /api/pavilions answered %s", created.asString()).isEqualTo(201);

        String booth = pavilion + "-A1";
        String freeBooth = pavilion + "-A2";
        Response plan = given().auth().oauth2(Suite.token("organizer")).contentType(ContentType.JSON).body(Map.of("booths", List.of(
                        Map.of("code", booth, "type", "INLINE", "x", 0, "y", 0, "width", 6, "depth", 3, "priceClass", "A"),
                        Map.of("code", freeBooth, "type", "CORNER", "x", 6, "y", 0, "width", 3, "depth", 3, "priceClass", "B"))))
                .put("/api/pavilions/" + pavilion + "/floorplan");
        assertThat(plan.statusCode()).as("PUT floorplan answered %s", plan.asString()).isEqualTo(200);
        assertThat(plan.jsonPath().getList("booths.code", String.class)).containsExactlyInAnyOrder(booth, freeBooth);

        String name = "Journey Robotics " + randomCode(10);
        Response applied = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of(
                        "companyNameEn", name,
                        "companyNameZh", "旅程机器人",
                        "country", "CN",
                        "website", "https://journey-robotics.example.org",
                        "description", "Service robots for trade fairs",
                        "contact", Map.of("name", "Chen Jie", "email", "chen.jie@journey-robotics.example.org", "phone", "+86 851 8888 0000"),
                        "themes", List.of("Smart Manufacturing"),
                        "requestedPavilions", List.of(pavilion),
                        "boothSizeM2", 18,
                        "boothType", "INLINE"))
                .post("/api/exhibitors/applications");
        assertThat(applied.statusCode()).as("POST /api/exhibitors/applications answered %s", applied.asString()).isEqualTo(201);
        String id = applied.jsonPath().getString("id");
        String secret = applied.jsonPath().getString("secret");
        assertThat(secret).startsWith("ex_");

        Response submitted = given().auth().oauth2(secret).post("/api/exhibitors/me/submit");
        assertThat(submitted.statusCode()).as("POST /api/exhibitors/me/submit answered %s", submitted.asString()).isEqualTo(200);
        assertThat(submitted.jsonPath().getString("state")).isEqualTo("SUBMITTED");

        Response approved = given().auth().oauth2(Suite.token("organizer")).contentType(ContentType.JSON)
                .body(Map.of("boothCode", booth)).post("/api/exhibitors/applications/" + id + "/approve");
        assertThat(approved.statusCode()).as("approve answered %s", approved.asString()).isEqualTo(200);
        assertThat(approved.jsonPath().getString("state")).isEqualTo("APPROVED");
        assertThat(approved.jsonPath().getString("boothCode")).isEqualTo(booth);
        assertThat(approved.jsonPath().getString("pavilionCode")).isEqualTo(pavilion);
        return new Exhibitor(id, secret, name, pavilion, booth, freeBooth);
    }

    /** The staff category exists once per suite run; whoever comes first creates it. */
    private static void staffCategoryExists() {
        if (given().accept(ContentType.JSON).get("/api/categories/" + STAFF_CATEGORY).statusCode() == 200) {
            return;
        }
        Response created = createCategory(Map.of(
                "code", STAFF_CATEGORY,
                "nameEn", "Exhibitor staff",
                "nameZh", "参展商工作人员",
                "capacity", 10_000,
                "approvalRequired", false,
                // nobody registers here themselves; exhibitor-service issues these badges
                "invitationOnly", true,
                "allDays", true));
        assertThat(created.statusCode()).as("POST /api/categories answered %s", created.asString()).isIn(201, 409);
    }

    /** A four-day visitor pass of its own, so the scenario never meets another test's full category. */
    private static String visitorCategoryForAllExpoDays() {
        String code = "VISITOR-" + randomCode(8);
        Response created = createCategory(Map.of(
                "code", code,
                "nameEn", "Trade visitor " + code,
                "nameZh", "专业观众",
                "capacity", 100,
                "approvalRequired", false,
                "invitationOnly", false,
                "allDays", true));
        assertThat(created.statusCode()).as("POST /api/categories answered %s", created.asString()).isEqualTo(201);
        return code;
    }

    private static Response createCategory(Map<String, Object> category) {
        return given().auth().oauth2(Suite.token("organizer")).contentType(ContentType.JSON).body(category).post("/api/categories");
    }

    private static Visitor register(String category, String familyName, String givenName, boolean shareContact) {
        String email = givenName.toLowerCase(Locale.ROOT) + "." + familyName.toLowerCase(Locale.ROOT) + "."
                + randomCode(8).toLowerCase(Locale.ROOT) + "@visitor.systest.expo-suite.org";
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("category", category);
        registration.put("familyName", familyName);
        registration.put("givenName", givenName);
        registration.put("email", email);
        registration.put("phone", "+86 851 1234 5678");
        registration.put("organization", "Guiyang Data Works");
        registration.put("jobTitle", "Buyer");
        registration.put("country", "CN");
        registration.put("consents", Map.of("privacyPolicy", true, "shareContactWithExhibitors", shareContact));
        Response created = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(registration).post("/api/registrations");
        assertThat(created.statusCode()).as("POST /api/registrations answered %s", created.asString()).isEqualTo(201);
        assertThat(created.jsonPath().getString("status")).isEqualTo("CONFIRMED");
        assertThat(created.jsonPath().getList("days", String.class)).containsExactlyElementsOf(Suite.EXPO_DAYS);
        String secret = created.jsonPath().getString("secret");
        assertThat(secret).startsWith("rs_");
        return new Visitor(created.jsonPath().getString("id"), secret, email);
    }

    private static String badgeOf(Visitor visitor) {
        Response badge = given().auth().oauth2(visitor.secret()).accept(ContentType.JSON).get("/api/registrations/me/badge");
        assertThat(badge.statusCode()).as("GET /api/registrations/me/badge answered %s", badge.asString()).isEqualTo(200);
        assertThat(badge.jsonPath().getString("registrationId")).isEqualTo(visitor.registrationId());
        return badge.jsonPath().getString("token");
    }

    /**
     * Scans a badge as a lead and returns the lead as the exhibitor's list shows it once registration-service has
     * answered about the contact: the scan answers at once with the contact pending, and it is filled in afterwards.
     */
    private static Map<String, Object> scanUntilContactAnswered(Exhibitor exhibitor, String badgeToken, String registrationId)
            throws InterruptedException {
        Response scanned = scan(exhibitor, badgeToken);
        assertThat(scanned.statusCode()).as("POST /api/exhibitors/%s/leads answered %s", exhibitor.id(), scanned.asString())
                .isEqualTo(201);
        String lead = "find { it.registrationId == '" + registrationId + "' }";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Response leads = given().auth().oauth2(exhibitor.secret()).accept(ContentType.JSON)
                    .get("/api/exhibitors/" + exhibitor.id() + "/leads");
            assertThat(leads.statusCode()).as("GET leads answered %s", leads.asString()).isEqualTo(200);
            Map<String, Object> found = leads.jsonPath().getMap(lead);
            assertThat(found).as("lead of %s in %s", registrationId, leads.asString()).isNotNull();
            if (Boolean.FALSE.equals(found.get("contactPending"))) {
                return found;
            }
            assertThat(System.nanoTime()).as("contact still pending: %s", found).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static Response scan(Exhibitor exhibitor, String badgeToken) {
        return given().auth().oauth2(exhibitor.secret()).contentType(ContentType.JSON)
                .body(Map.of("badgeToken", badgeToken, "rating", 4, "notes", "Asked for a demo on day two"))
                .post("/api/exhibitors/" + exhibitor.id() + "/leads");
    }

    // --- badges, checked as any offline scanner would ---

    /** Verifies the badge against the key set registration-service publishes, and returns its claims. */
    private static JWTClaimsSet verifiedWithPublishedKeys(String badgeToken) throws Exception {
        Response published = given().get("/api/registrations/keys");
        assertThat(published.statusCode()).isEqualTo(200);
        JWKSet keys = JWKSet.parse(published.asString());
        assertThat(keys.getKeys()).as("published badge keys").isNotEmpty().noneMatch(JWK::isPrivate);

        SignedJWT badge = SignedJWT.parse(badgeToken);
        assertThat(badge.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        JWK key = keys.getKeyByKeyId(badge.getHeader().getKeyID());
        assertThat(key).as("published key with kid %s", badge.getHeader().getKeyID()).isInstanceOf(ECKey.class);
        assertThat(badge.verify(new ECDSAVerifier(key.toECKey()))).as("badge signature").isTrue();

        JWTClaimsSet claims = badge.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(BADGE_ISSUER);
        Instant afterLastDay = LocalDate.parse(Suite.EXPO_DAYS.get(Suite.EXPO_DAYS.size() - 1)).plusDays(1)
                .atStartOfDay(EXPO_ZONE).toInstant();
        assertThat(claims.getExpirationTime().toInstant()).as("badge expiry").isAfterOrEqualTo(afterLastDay)
                .isAfter(Instant.parse(Suite.EXPO_MOMENT));
        return claims;
    }

    private static String randomCode(int length) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < length; i++) {
            code.append(CODE_CHARACTERS.charAt(RANDOM.nextInt(CODE_CHARACTERS.length())));
        }
        return code.toString();
    }
}
