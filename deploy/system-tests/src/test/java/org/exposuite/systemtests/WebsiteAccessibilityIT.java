package org.exposuite.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of the website, in each state a visitor meets it (filled with real data from the APIs), passes the axe-core
 * audit without a serious or critical violation, and runs under the Content-Security-Policy without a refusal.
 */
@SystemTest
class WebsiteAccessibilityIT {

    /** What the pages show: one of each thing the organizers, a visitor and a company create. */
    private record Expo(OrganizerApi.Pavilion pavilion, String company, String exhibitorSecret, String category,
                        String fullCategory, String registrationSecret, String waitlistSecret) {
    }

    /** A page in one state: how a visitor gets there and what shows that it is ready. */
    record Page(String name, Browser.Language language, Consumer<Browser> visit) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Expo expo;

    @BeforeAll
    static void organizersSetUpTheExpo() {
        OrganizerApi.Pavilion pavilion = OrganizerApi.pavilionWithADialogue();
        String company = "Guizhou Cloud Robotics " + OrganizerApi.randomCode(6);
        JsonPath exhibitor = OrganizerApi.approvedExhibitor(company, pavilion);
        String category = OrganizerApi.category("Trade visitor", "专业观众", 100);
        String fullCategory = OrganizerApi.category("Dialogue pass", "高端对话通行证", 1);
        OrganizerApi.registered(fullCategory, OrganizerApi.uniqueEmail("first.comer"));
        JsonPath registration = OrganizerApi.registered(category, OrganizerApi.uniqueEmail("audit.visitor"));
        JsonPath waiting = OrganizerApi.waiting(fullCategory, OrganizerApi.uniqueEmail("audit.waiting"));
        expo = new Expo(pavilion, company, exhibitor.getString("secret"), category, fullCategory,
                registration.getString("secret"), waiting.getString("secret"));
    }

    static Stream<Page> pages() {
        Browser.Language english = Browser.Language.ENGLISH;
        Browser.Language chinese = Browser.Language.CHINESE;
        return Stream.of(
                new Page("home", english, browser -> browser.open("/").textOf("#hero-title")),
                new Page("home in Chinese", chinese, browser -> browser.open("/").textOf("#hero-title")),
                new Page("venue", english, browser -> {
                    browser.open("/venue.html").present("img[src*='/api/pavilions/" + expo.pavilion().code() + "/floorplan.svg']");
                    browser.textContaining("#sessions", "Big data and the digital economy");
                }),
                new Page("exhibitors", english, browser -> browser.open("/exhibitors.html").textContaining("#directory-results", expo.company())),
                new Page("register", english, browser -> browser.open("/register.html").present(category(expo.category()))),
                new Page("register in Chinese", chinese, browser -> browser.open("/register.html").present(category(expo.category()))),
                new Page("register with wrong fields", chinese, browser -> {
                    browser.open("/register.html").present(category(expo.category()));
                    browser.fill("email", "not-an-address");
                    browser.click("#registration button[type=submit]");
                    browser.textOf("#error-email");
                }),
                new Page("register: confirmation", english, browser -> {
                    browser.open("/register.html");
                    RegistrationWebsiteIT.fillRegistration(browser, expo.category(), List.of(Suite.EXPO_DAYS.get(0)), "Wu", "Min",
                            OrganizerApi.uniqueEmail("audit.confirmation"));
                    browser.click("#registration button[type=submit]");
                    browser.visible("#confirmation");
                    browser.pictureOf("#badge-picture");
                }),
                new Page("register: waiting-list offer", english, browser -> {
                    browser.open("/register.html");
                    RegistrationWebsiteIT.fillRegistration(browser, expo.fullCategory(), List.of(Suite.EXPO_DAYS.get(0)), "Sun", "Li",
                            OrganizerApi.uniqueEmail("audit.offer"));
                    browser.click("#registration button[type=submit]");
                    browser.visible("#join-waitlist");
                }),
                new Page("manage", english, browser -> {
                    browser.open("/manage.html#" + expo.registrationSecret()).textOf("#registration-status");
                    browser.present("#change-days input[name=days]");
                }),
                new Page("manage in Chinese", chinese, browser -> browser.open("/manage.html#" + expo.registrationSecret())
                        .textOf("#registration-status")),
                new Page("waitlist", english, browser -> browser.open("/waitlist.html#" + expo.waitlistSecret()).textOf("#waitlist-status")),
                new Page("exhibit", english, browser -> browser.open("/exhibit.html").visible("#application")),
                new Page("exhibitor portal", english, browser -> {
                    browser.open("/exhibitor.html#" + expo.exhibitorSecret()).textContaining("#application-state", "approved");
                    browser.visible("#booth-figure");
                }),
                new Page("privacy policy", english, browser -> browser.open("/privacy.html").textOf("main h1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageHasNoSeriousOrCriticalAccessibilityViolation(Page page) {
        try (Browser browser = Browser.speaking(page.language())) {
            page.visit().accept(browser);

            List<Accessibility.Violation> violations = Accessibility.audit(browser);

            System.out.printf(Locale.ROOT, "[axe %s] %s: %d violation(s)%s%n", Accessibility.version(browser), page.name(),
                    violations.size(), violations.stream().map(v -> "\n    " + v).collect(Collectors.joining()));
            assertThat(violations).filteredOn(Accessibility.Violation::seriousOrWorse)
                    .as("serious or critical accessibility violations on %s", page.name()).isEmpty();
            assertThat(browser.policyViolations()).as("refused under the Content-Security-Policy on %s", page.name()).isEmpty();
        }
    }

    /** The control: the audit and the policy check find what a careless change would break. */
    @Test
    void auditAndPolicyCheckCatchAPageThatBreaksThem() {
        try (Browser browser = Browser.english()) {
            browser.open("/").textOf("#hero-title");
            browser.script("""
                    const picture = document.createElement('img');
                    picture.src = '/api/pavilions/NONE/floorplan.svg';
                    const field = document.createElement('input');
                    const inline = document.createElement('script');
                    inline.textContent = 'window.inlineRan = true;';
                    document.querySelector('main').append(picture, field, inline);""");

            assertThat(Accessibility.audit(browser)).filteredOn(Accessibility.Violation::seriousOrWorse)
                    .extracting(Accessibility.Violation::id).contains("image-alt", "label");
            assertThat(browser.script("return window.inlineRan === true;")).isEqualTo(false);
            browser.waiting().until(d -> !browser.policyViolations().isEmpty());
        }
    }

    private static String category(String code) {
        return "input[name=category][value='" + code + "']";
    }
}
