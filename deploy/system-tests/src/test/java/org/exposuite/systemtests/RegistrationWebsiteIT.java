package org.exposuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** A visitor registers on the website, in Chinese or English, and manages the registration with the link it gives. */
@SystemTest
class RegistrationWebsiteIT {

    private static final String FIRST_DAY = Suite.EXPO_DAYS.get(0);
    private static final String SECOND_DAY = Suite.EXPO_DAYS.get(1);
    private static final String THIRD_DAY = Suite.EXPO_DAYS.get(2);
    private static final String HAN = ".*\\p{IsHan}.*";

    @Test
    void chineseVisitorRegistersGetsABadgeThatOpensTheGateAndManagesTheRegistrationFromTheLink() throws Exception {
        String category = OrganizerApi.category("Trade visitor", "专业观众", 100);
        String email = OrganizerApi.uniqueEmail("zhang.wei");
        String manageLink;

        try (Browser browser = Browser.chinese()) {
            browser.open("/register.html");
            assertThat(browser.pageLanguage()).as("language of a first visit from a Chinese browser").isEqualTo("zh-CN");
            fillRegistration(browser, category, List.of(FIRST_DAY, SECOND_DAY), "张", "伟", email);
            browser.fill("latinName", "Zhang Wei");
            browser.fill("organization", "贵阳大数据交易所");
            browser.screenshot(screenshot("register.png"));

            browser.click("#registration button[type=submit]");

            browser.visible("#confirmation");
            JsonPath registration = OrganizerApi.registrationOf(email);
            assertThat(registration.getString("status")).isEqualTo("CONFIRMED");
            assertThat(registration.getString("familyName")).isEqualTo("张");
            assertThat(registration.getList("days", String.class)).containsExactly(FIRST_DAY, SECOND_DAY);
            assertThat(browser.textOf("#confirmation-code")).isEqualTo(registration.getString("confirmationCode"));
            assertThat(browser.currentText("#confirmation")).as("the confirmation, in Chinese").matches("(?s)" + HAN);

            // the badge picture's QR code is the signed badge a gate scanner reads
            String badgeToken = QrCodes.read(browser.pictureOf("#badge-picture"));
            JWTClaimsSet badge = verifiedWithPublishedKeys(badgeToken);
            assertThat(badge.getSubject()).isEqualTo(registration.getString("id"));
            assertThat(badge.getStringClaim("cat")).isEqualTo(category);
            assertThat(badge.getStringListClaim("days")).containsExactly(FIRST_DAY, SECOND_DAY);
            Response gate = given().auth().oauth2(Suite.token("scanner")).contentType(ContentType.JSON).body(Map.of(
                    "badgeToken", badgeToken, "gate", "North Gate 1", "direction", "IN", "nonce", UUID.randomUUID().toString()))
                    .post("/api/checkins");
            assertThat(gate.statusCode()).as("POST /api/checkins answered %s", gate.asString()).isEqualTo(200);
            assertThat(gate.jsonPath().getString("decision")).isEqualTo("ADMIT");
            assertThat(gate.jsonPath().getString("registration.familyName")).isEqualTo("张");

            manageLink = browser.visible("#manage-link").getAttribute("href");
            assertThat(URI.create(manageLink).getPath()).isEqualTo("/manage.html");
            assertThat(URI.create(manageLink).getFragment()).startsWith("rs_");
            assertThat(browser.currentText("#confirmation")).as("the confirmation shows the link to keep").contains("/manage.html#rs_");
            browser.screenshot(screenshot("confirmation.png"));
        }

        // the link alone, in another browser on another day, manages the registration
        try (Browser elsewhere = Browser.english()) {
            elsewhere.open(manageLink);
            assertThat(elsewhere.textOf("#registration")).contains("张").contains("伟");
            assertThat(elsewhere.textOf("#registration-status")).containsIgnoringCase("confirmed");

            elsewhere.uncheck("#change-days input[name=days][value='" + SECOND_DAY + "']");
            elsewhere.check("#change-days input[name=days][value='" + THIRD_DAY + "']");
            elsewhere.click("#change-days button[type=submit]");
            elsewhere.waiting().withMessage("the days never changed to the first and the third")
                    .until(d -> OrganizerApi.registrationOf(email).getList("days", String.class).equals(List.of(FIRST_DAY, THIRD_DAY)));

            elsewhere.open(manageLink);
            elsewhere.textOf("#registration-status");
            assertThat(elsewhere.present("#change-days input[name=days][value='" + THIRD_DAY + "']").isSelected()).isTrue();
            assertThat(elsewhere.present("#change-days input[name=days][value='" + SECOND_DAY + "']").isSelected()).isFalse();

            elsewhere.click("#cancel-registration");
            elsewhere.visible("dialog[open]");
            elsewhere.click("dialog[open] #confirm-action");
            elsewhere.textContaining("#registration-status", "cancel");
            assertThat(OrganizerApi.registrationOf(email).getString("status")).isEqualTo("CANCELLED");
            assertThat(elsewhere.policyViolations()).as("refused under the Content-Security-Policy").isEmpty();
        }
    }

    @Test
    void doubleClickedSubmitRegistersOnce() {
        String category = OrganizerApi.category("Trade visitor", "专业观众", 100);
        String email = OrganizerApi.uniqueEmail("double.click");

        try (Browser browser = Browser.english()) {
            browser.open("/register.html");
            fillRegistration(browser, category, List.of(FIRST_DAY), "Wang", "Fang", email);
            WebElement submit = browser.visible("#registration button[type=submit]");
            browser.scrollTo(submit);

            new Actions(browser.driver()).doubleClick(submit).perform();

            browser.visible("#confirmation");
            assertThat(browser.textOf("#confirmation-code")).isNotBlank();
        }
        JsonPath registrations = OrganizerApi.registrationsOf(email);
        assertThat(registrations.getLong("total")).as("registrations with %s", email).isEqualTo(1);
        assertThat(registrations.getString("items[0].confirmationCode")).isNotBlank();
    }

    @Test
    void wrongEmailIsMarkedAtItsFieldInChinese() {
        String category = OrganizerApi.category("Trade visitor", "专业观众", 100);

        try (Browser browser = Browser.chinese()) {
            browser.open("/register.html");
            fillRegistration(browser, category, List.of(FIRST_DAY), "李", "娜", "li.na-at-example.cn");

            browser.click("#registration button[type=submit]");

            String message = browser.textOf("#error-email");
            assertThat(message).as("message at the e-mail field").matches("(?s)" + HAN);
            WebElement email = browser.driver().findElement(By.cssSelector("#registration input[name=email]"));
            assertThat(email.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(email.getAttribute("aria-describedby")).contains("error-email");
            assertThat(browser.driver().findElements(By.cssSelector("#confirmation"))).allSatisfy(
                    confirmation -> assertThat(confirmation.isDisplayed()).isFalse());
        }
        assertThat(OrganizerApi.registrationsOf("li.na-at-example.cn").getLong("total")).isZero();
    }

    @Test
    void fullCategoryOffersTheWaitingListAndJoiningIt() {
        String category = OrganizerApi.category("Dialogue pass", "高端对话通行证", 1);
        OrganizerApi.registered(category, OrganizerApi.uniqueEmail("first.comer"));
        String email = OrganizerApi.uniqueEmail("late.comer");
        String waitlistLink;

        try (Browser browser = Browser.english()) {
            browser.open("/register.html");
            fillRegistration(browser, category, List.of(FIRST_DAY), "Liu", "Yang", email);

            browser.click("#registration button[type=submit]");

            browser.visible("#waitlist-offer");
            browser.click("#join-waitlist");
            browser.visible("#waitlist-joined");
            waitlistLink = browser.visible("#waitlist-link").getAttribute("href");
            assertThat(URI.create(waitlistLink).getPath()).isEqualTo("/waitlist.html");
            assertThat(URI.create(waitlistLink).getFragment()).startsWith("wl_");
            assertThat(browser.driver().findElement(By.id("confirmation")).isDisplayed()).isFalse();
        }
        assertThat(OrganizerApi.registrationsOf(email).getLong("total")).as("registrations of %s", email).isZero();
        Response place = given().auth().oauth2(URI.create(waitlistLink).getFragment()).accept(ContentType.JSON).get("/api/waitlist/me");
        assertThat(place.statusCode()).as("GET /api/waitlist/me answered %s", place.asString()).isEqualTo(200);
        assertThat(place.jsonPath().getString("status")).isEqualTo("WAITING");
        assertThat(place.jsonPath().getString("category")).isEqualTo(category);

        try (Browser browser = Browser.english()) {
            browser.open(waitlistLink);
            browser.textContaining("#waitlist-status", "waiting");
            assertThat(browser.textOf("#wl-category")).contains(category);
        }
    }

    /** Fills the form as a visitor does: pass, days, names, e-mail, country and the required consent. */
    static void fillRegistration(Browser browser, String category, List<String> days, String familyName, String givenName,
                                 String email) {
        browser.check("input[name=category][value='" + category + "']");
        for (String day : days) {
            browser.check("input[name=days][value='" + day + "']");
        }
        browser.fill("familyName", familyName);
        browser.fill("givenName", givenName);
        browser.fill("email", email);
        browser.fill("country", "CN");
        browser.check("input[name='consents.privacyPolicy']");
    }

    static Path screenshot(String name) {
        return Suite.root().resolve("docs").resolve("screenshots").resolve(name);
    }

    /** Verifies the badge against the key set registration-service publishes, as an offline scanner would. */
    private static JWTClaimsSet verifiedWithPublishedKeys(String badgeToken) throws Exception {
        assertThat(badgeToken.split("\\.")).as("a compact JWS has three parts").hasSize(3);
        JWKSet keys = JWKSet.parse(given().get("/api/registrations/keys").asString());
        SignedJWT badge = SignedJWT.parse(badgeToken);
        assertThat(badge.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        JWK key = keys.getKeyByKeyId(badge.getHeader().getKeyID());
        assertThat(key).as("published key %s", badge.getHeader().getKeyID()).isNotNull();
        assertThat(badge.verify(new ECDSAVerifier(key.toECKey()))).as("badge signature").isTrue();
        assertThat(badge.getJWTClaimsSet().getIssuer()).isEqualTo("expo-suite-registration");
        return badge.getJWTClaimsSet();
    }
}
