package org.exposuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The gateway's micro-cache through the real gateway: anonymous public reads are served from it and revalidated,
 * a personal answer never is, and a change shows within the freshness the services announce.
 */
@SystemTest
class PublicReadCacheIT {

    /** Far above the categories' announced freshness (one second, one more while revalidating): only a bound, never a speed. */
    private static final Duration SOLD_OUT_BOUND = Duration.ofSeconds(30);

    /** Longer than the categories' max-age and stale-while-revalidate together (2 s); a slower machine only waits longer. */
    private static final Duration QUIET_SPELL = Duration.ofSeconds(5);

    @Test
    void twoAttendeesReadOnlyTheirOwnRegistrationAndNeverFromTheCache() {
        String category = OrganizerApi.category("Cached reads", "缓存读取", 10);
        String emailA = OrganizerApi.uniqueEmail("cache.a");
        String emailB = OrganizerApi.uniqueEmail("cache.b");
        JsonPath a = OrganizerApi.registered(category, emailA);
        JsonPath b = OrganizerApi.registered(category, emailB);

        List<Response> answers = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (JsonPath attendee : List.of(a, b)) {
                Response mine = given().auth().oauth2(attendee.getString("secret")).accept(ContentType.JSON).get("/api/registrations/me");
                answers.add(mine);
                assertThat(mine.statusCode()).isEqualTo(200);
                assertThat(mine.jsonPath().getString("id")).as("the attendee's own registration").isEqualTo(attendee.getString("id"));
                assertThat(mine.jsonPath().getString("email")).isEqualTo(attendee == a ? emailA : emailB);
            }
        }
        assertThat(answers).allSatisfy(mine -> {
            assertThat(mine.header("X-Cache-Status")).as("a personal answer is never read from the cache").isNotEqualTo("HIT");
            assertThat(mine.header("Cache-Control")).isEqualTo("no-store");
        });
    }

    @Test
    void soldOutCategoryShowsNoPlacesLeftWithinItsFreshness() {
        String category = OrganizerApi.category("Sold out soon", "即将售罄", 1);
        // the new category reaches the cached list within its freshness, with its one place
        assertThat(pollUntilRemaining(category, 1)).as("places left in the new category %s", category).contains(1);
        assertThat(remainingIn(given().get("/api/categories"), category)).contains(1);

        OrganizerApi.registered(category, OrganizerApi.uniqueEmail("last.place"));

        assertThat(pollUntilRemaining(category, 0)).as("places left in %s once its last place is taken", category).contains(0);
        // once fresh, the cache never goes back to the older answer
        for (int i = 0; i < 5; i++) {
            assertThat(remainingIn(given().get("/api/categories"), category)).contains(0);
        }
    }

    @Test
    void firstReadAfterAQuietSpellIsNoOlderThanTheAnnouncedFreshness() {
        // an entry of its own, filled before the category exists; the list ignores the extra parameter
        String path = "/api/categories?probe=" + OrganizerApi.randomCode(12);
        Response before = given().accept(ContentType.JSON).get(path);
        assertThat(before.statusCode()).isEqualTo(200);
        String category = OrganizerApi.category("After a quiet spell", "安静之后", 5);
        assertThat(remainingIn(before, category)).as("the list read before %s existed", category).isEmpty();

        // nobody reads the entry for longer than max-age plus stale-while-revalidate (1 s + 1 s)
        Suite.sleep(QUIET_SPELL);
        Response after = given().accept(ContentType.JSON).get(path);

        assertThat(remainingIn(after, category)).as("the first read of %s after a quiet spell (X-Cache-Status %s)", path,
                after.header("X-Cache-Status")).contains(5);
    }

    @Test
    void anonymousPublicReadIsServedFromTheCacheAndRevalidatedWithItsTag() {
        // a query of its own gives this test an entry nobody else filled; the directory ignores the extra parameter
        Response first = null;
        Response second = null;
        for (int attempt = 0; attempt < 3 && (second == null || !"HIT".equals(second.header("X-Cache-Status"))); attempt++) {
            String path = "/api/exhibitors?size=5&probe=" + OrganizerApi.randomCode(12);
            first = given().accept(ContentType.JSON).get(path);
            second = given().accept(ContentType.JSON).get(path);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.header("X-Cache-Status")).as("the first read of %s", path).isEqualTo("MISS");
        }
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.header("X-Cache-Status")).as("the second anonymous read, within its max-age").isEqualTo("HIT");
        assertThat(second.asString()).isEqualTo(first.asString());
        assertThat(second.header("Cache-Control")).startsWith("public, max-age=");
        assertThat(first.header("ETag")).isNotBlank();

        Response otherTag = given().accept(ContentType.JSON).header("If-None-Match", "\"an-older-answer\"").get("/api/pavilions");
        Response unchanged = given().accept(ContentType.JSON).get("/api/pavilions");
        Response revalidated = given().accept(ContentType.JSON).header("If-None-Match", unchanged.header("ETag")).get("/api/pavilions");
        assertThat(otherTag.statusCode()).as("a conditional GET with a tag that is not current").isEqualTo(200);
        assertThat(revalidated.statusCode()).as("a conditional GET with the current tag").isEqualTo(304);
        assertThat(revalidated.asString()).isEmpty();
    }

    @Test
    void requestWithATokenOrACookieNeverReadsTheCache() {
        String path = "/api/exhibitors?size=5&probe=" + OrganizerApi.randomCode(12);
        given().get(path).then().statusCode(200);
        given().get(path).then().statusCode(200);

        Response withToken = given().auth().oauth2(Suite.token("organizer")).get(path);
        Response withCookie = given().cookie("session", "abc").get(path);

        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.header("X-Cache-Status")).isEqualTo("BYPASS");
        assertThat(withCookie.statusCode()).isEqualTo(200);
        assertThat(withCookie.header("X-Cache-Status")).isEqualTo("BYPASS");
    }

    /** Reads the category list as a visitor does until the category shows these places left, at most {@link #SOLD_OUT_BOUND}. */
    private static Optional<Integer> pollUntilRemaining(String category, int expected) {
        long started = System.nanoTime();
        Optional<Integer> remaining = Optional.empty();
        int reads = 0;
        while (System.nanoTime() - started < SOLD_OUT_BOUND.toNanos()) {
            reads++;
            remaining = remainingIn(given().get("/api/categories"), category);
            if (remaining.equals(Optional.of(expected))) {
                break;
            }
            Suite.sleep(Duration.ofMillis(100));
        }
        System.out.printf("[public-read-cache] %s showed %d places left after %d reads, %d ms%n",
                category, expected, reads, Duration.ofNanos(System.nanoTime() - started).toMillis());
        return remaining;
    }

    private static Optional<Integer> remainingIn(Response categories, String code) {
        assertThat(categories.statusCode()).isEqualTo(200);
        List<String> codes = categories.jsonPath().getList("code", String.class);
        int index = codes.indexOf(code);
        return index < 0 ? Optional.empty() : Optional.of(categories.jsonPath().getInt("[" + index + "].remaining"));
    }
}
