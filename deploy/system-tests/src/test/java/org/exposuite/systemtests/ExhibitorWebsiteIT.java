package org.exposuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A company applies to exhibit on the website and submits its application from the exhibitor link it gets. */
@SystemTest
class ExhibitorWebsiteIT {

    @Test
    void companyAppliesAndSubmitsItsApplicationFromTheExhibitorLink() {
        String company = "Guiyang Data Works " + OrganizerApi.randomCode(6);
        String exhibitorLink;

        try (Browser browser = Browser.english()) {
            browser.open("/exhibit.html");
            browser.fill("companyNameEn", company);
            browser.fill("companyNameZh", "贵阳数据工场");
            browser.fill("country", "CN");
            browser.fill("website", "https://data-works.example.cn");
            browser.fill("description", "Open data platforms for city services.");
            browser.fill("contact.name", "Li Na");
            browser.fill("contact.email", "li.na." + OrganizerApi.randomCode(6).toLowerCase(Locale.ROOT) + "@exhibitor.systest.expo-suite.org");
            browser.fill("boothSizeM2", "18");

            browser.click("#application button[type=submit]");

            exhibitorLink = browser.visible("#exhibitor-link").getAttribute("href");
            assertThat(URI.create(exhibitorLink).getPath()).isEqualTo("/exhibitor.html");
            assertThat(URI.create(exhibitorLink).getFragment()).startsWith("ex_");

            browser.open(exhibitorLink);
            assertThat(browser.textOf("#application-state")).containsIgnoringCase("draft");
            assertThat(browser.present("#companyNameEn").getAttribute("value")).isEqualTo(company);

            browser.click("#submit-application");

            browser.textContaining("#application-state", "submitted");
            assertThat(browser.policyViolations()).as("refused under the Content-Security-Policy").isEmpty();
        }
        Response application = given().auth().oauth2(URI.create(exhibitorLink).getFragment()).accept(ContentType.JSON)
                .get("/api/exhibitors/me");
        assertThat(application.statusCode()).as("GET /api/exhibitors/me answered %s", application.asString()).isEqualTo(200);
        assertThat(application.jsonPath().getString("state")).isEqualTo("SUBMITTED");
        assertThat(application.jsonPath().getString("companyNameEn")).isEqualTo(company);
        assertThat(application.jsonPath().getString("contact.name")).isEqualTo("Li Na");
    }
}
