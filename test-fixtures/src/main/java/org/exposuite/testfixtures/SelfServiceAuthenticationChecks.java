package org.exposuite.testfixtures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * What every self-service realm of the suite answers alike. An operation knows its caller from the secret before it
 * reads a body: whatever else is sent (no secret, an unknown or malformed one, another kind of secret, a JWT, junk),
 * with whatever body, the realm gives its one refusal and nothing changes; the holder's own secret gets as far as the
 * body checks. A secret is no token on an organizer endpoint, a JWT keeps working there, and public endpoints stay
 * public whatever credential comes along.
 * <p>
 * A service's test extends this with its realms, lists its operations in a static {@code operations()} and keeps one
 * holder of every realm's secret whose records the refused calls must leave alone.
 */
public abstract class SelfServiceAuthenticationChecks {

    private static final String PROBLEMS = "https://problems.expo-suite.org/";
    /** Every kind of secret the suite hands out: a well-formed one of another kind must open nothing here. */
    private static final List<String> SUITE_PREFIXES = List.of("rs", "wl", "ex");
    private static final String MALFORMED_JSON = "{\"familyName\": \"李\", \"companyNameEn\": \"Half a body\", \"contact\": ";
    /** Sent to an operation that reads no body: fields that would break the rules of any of the suite's requests. */
    private static final String INVALID_FIELDS = "{\"familyName\": \"\", \"email\": \"not-an-address\", \"country\": \"Atlantis\"}";
    private static final String BASIC = "Basic b3JnYW5pemVyOnNlY3JldA==";

    /** What a realm answers a refused caller: its status, problem type and whether it asks for a bearer credential. */
    public record Refusal(int status, String problem, boolean challenges) {

        @Override
        public String toString() {
            return status + " " + problem;
        }
    }

    /**
     * One realm as a caller sees it: the prefix of its secrets and its refusal of a caller who sent nothing and of one
     * who sent anything else; when they are the same, no answer tells the two apart.
     */
    public record Realm(String prefix, Refusal withoutCredential, Refusal withOtherCredential) {

        /** A realm that answers every refused caller alike, e.g. with 404 and the problem type {@code problem}. */
        public static Realm refusingAlike(String prefix, int status, String problem) {
            Refusal refusal = new Refusal(status, problem, false);
            return new Realm(prefix, refusal, refusal);
        }

        boolean answersAlike() {
            return withoutCredential.equals(withOtherCredential);
        }
    }

    /**
     * A self-service operation of one realm. {@code invalidBody} breaks its rules and {@code violatedField} is one
     * field the 400 names; both are null when it reads no body. A path may hold placeholders ({@link #pathFor}).
     */
    public record Operation(Realm realm, String method, String path, String invalidBody, String violatedField) {

        public static Operation readingNoBody(Realm realm, String method, String path) {
            return new Operation(realm, method, path, null, null);
        }

        public static Operation readingABody(Realm realm, String method, String path, String invalidBody, String violatedField) {
            return new Operation(realm, method, path, invalidBody, violatedField);
        }

        boolean readsABody() {
            return invalidBody != null;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Who calls without the holder's secret, as one case of the refusal check. */
    public enum Callers {
        WITHOUT_A_CREDENTIAL("without a secret", true, false),
        ANY_OTHER_CREDENTIAL("with any credential but the holder's secret", false, true),
        ANYONE_WITHOUT_THE_SECRET("without the holder's secret, or with nothing at all", true, true);

        private final String description;
        private final boolean withNothing;
        private final boolean withOtherCredentials;

        Callers(String description, boolean withNothing, boolean withOtherCredentials) {
            this.description = description;
            this.withNothing = withNothing;
            this.withOtherCredentials = withOtherCredentials;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    private final List<Realm> realms;

    protected SelfServiceAuthenticationChecks(Realm... realms) {
        this.realms = List.of(realms);
    }

    /**
     * The cases of the refusal check: one per operation of a realm that answers every refused caller alike, two (no
     * credential, another credential) per operation of a realm that tells them apart.
     */
    static final class Refusals implements ArgumentsProvider {

        @Override
        public Stream<Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
            return operationsOf(context).flatMap(operation -> operation.realm().answersAlike()
                    ? Stream.of(Arguments.of(operation, Callers.ANYONE_WITHOUT_THE_SECRET))
                    : Stream.of(Arguments.of(operation, Callers.WITHOUT_A_CREDENTIAL), Arguments.of(operation, Callers.ANY_OTHER_CREDENTIAL)));
        }
    }

    /** The operations that read a body, for the check that the secret comes first. */
    static final class OperationsReadingABody implements ArgumentsProvider {

        @Override
        public Stream<Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
            return operationsOf(context).filter(Operation::readsABody).map(Arguments::of);
        }
    }

    /** The static {@code operations()} of the service's test at hand. */
    @SuppressWarnings("unchecked")
    private static Stream<Operation> operationsOf(ExtensionContext context) {
        Class<?> test = context.getRequiredTestClass();
        Method operations = ReflectionSupport.findMethod(test, "operations")
                .orElseThrow(() -> new IllegalStateException(test.getSimpleName() + " lists no static operations()"));
        return (Stream<Operation>) ReflectionSupport.invokeMethod(operations, null);
    }

    /** The holder's valid secret of the realm; the holder is made once, on first use. */
    protected abstract String secretOf(Realm realm);

    /** Reads the holder's records back with the holder's secrets: as they were made, whatever was refused. */
    protected abstract void holderIsUntouched();

    /** An endpoint only an organizer reads (role {@code organizer}). */
    protected abstract String organizerEndpoint();

    /** What the organizer's read answers beyond 200; nothing more by default. */
    protected void organizerReads(ValidatableResponse answer) {
    }

    /** Endpoints anyone reads without a credential. */
    protected abstract List<String> publicReads();

    /** Creates something anyone may create, e.g. an application, sending the given Authorization header. */
    protected abstract Response createAsThePublic(String authorization);

    /** The path as sent, with placeholders (e.g. the holder's ids) filled in. */
    protected String pathFor(String path) {
        return path;
    }

    @ParameterizedTest(name = "{0} {1} gets the realm's one refusal, whatever the body")
    @ArgumentsSource(Refusals.class)
    public void everyCallerWithoutTheSecretIsRefusedAlike(Operation operation, Callers callers) {
        Realm realm = operation.realm();
        List<String> authorizations = new ArrayList<>();
        if (callers.withNothing) {
            authorizations.add(null);
        }
        if (callers.withOtherCredentials) {
            authorizations.addAll(refusedCredentials(realm));
        }

        for (String authorization : authorizations) {
            Refusal refusal = authorization == null ? realm.withoutCredential() : realm.withOtherCredential();
            for (String body : badBodies(operation)) {
                ValidatableResponse answer = call(operation, authorization, body).then()
                        .statusCode(refusal.status())
                        .contentType("application/problem+json")
                        .body("type", equalTo(PROBLEMS + refusal.problem()))
                        .body("status", equalTo(refusal.status()));
                if (refusal.challenges()) {
                    answer.header("WWW-Authenticate", matchesPattern("Bearer.*"));
                }
            }
        }
        holderIsUntouched();
    }

    @ParameterizedTest(name = "{0} with the holder's own secret reads the body and refuses a bad one with 400")
    @ArgumentsSource(OperationsReadingABody.class)
    public void theOwnSecretIsCheckedFirstAndTheBodyAfterwards(Operation operation) {
        String own = "Bearer " + secretOf(operation.realm());
        call(operation, own, MALFORMED_JSON).then()
                .statusCode(400)
                .contentType("application/problem+json");
        call(operation, own, operation.invalidBody()).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(operation.violatedField()));
        holderIsUntouched();
    }

    @Test
    public void aSecretOnAnOrganizerEndpointIsNoTokenWhileAnOrganizerTokenStillWorks() {
        for (Realm realm : realms) {
            for (String secret : List.of(secretOf(realm), realm.prefix() + "_" + "q".repeat(43), realm.prefix() + "_short")) {
                given().header("Authorization", "Bearer " + secret).get(organizerEndpoint()).then()
                        .statusCode(401)
                        .contentType("application/problem+json")
                        .header("WWW-Authenticate", matchesPattern("Bearer.*"))
                        .body("type", equalTo(PROBLEMS + "unauthorized"));
            }
        }
        given().header("Authorization", "Bearer " + expiredToken("organizer")).get(organizerEndpoint()).then()
                .statusCode(401).body("type", equalTo(PROBLEMS + "unauthorized"));
        given().get(organizerEndpoint()).then().statusCode(401).header("WWW-Authenticate", matchesPattern("Bearer.*"));
        given().header("Authorization", "Bearer " + token("scanner")).get(organizerEndpoint()).then()
                .statusCode(403).contentType("application/problem+json");
        organizerReads(given().header("Authorization", "Bearer " + token("organizer")).get(organizerEndpoint()).then()
                .statusCode(200));
    }

    @Test
    public void publicEndpointsStayPublicWhateverCredentialComesAlong() {
        Set<String> credentials = new LinkedHashSet<>();
        for (Realm realm : realms) {
            credentials.addAll(refusedCredentials(realm));
            credentials.add("Bearer " + secretOf(realm));
        }
        for (String authorization : credentials) {
            for (String path : publicReads()) {
                given().header("Authorization", authorization).get(path).then().statusCode(200);
            }
        }
        createAsThePublic("Bearer " + expiredToken("organizer")).then().statusCode(201);
        createAsThePublic("Bearer " + realms.get(0).prefix() + "_" + "u".repeat(43)).then().statusCode(201);
    }

    /** Everything sent that is not a valid secret of the realm, among them the holder's secrets of the other realms. */
    private List<String> refusedCredentials(Realm realm) {
        List<String> refused = new ArrayList<>();
        refused.add("Bearer " + realm.prefix() + "_" + "A".repeat(43));
        refused.add("Bearer " + realm.prefix() + "_short");
        for (Realm other : realms) {
            if (!other.equals(realm)) {
                refused.add("Bearer " + secretOf(other));
            }
        }
        for (String prefix : SUITE_PREFIXES) {
            if (!prefix.equals(realm.prefix())) {
                refused.add("Bearer " + prefix + "_" + "B".repeat(43));
            }
        }
        refused.add("Bearer " + token("organizer"));
        refused.add("Bearer " + expiredToken("organizer"));
        refused.add("Bearer eyJhbGciOiJSUzI1NiJ9.stale.token");
        refused.add("Bearer not-a-secret");
        refused.add("Bearer");
        refused.add(BASIC);
        return refused;
    }

    /** Bodies that would fail if they were read: malformed JSON and fields that break the rules; none for a plain read. */
    private static List<String> badBodies(Operation operation) {
        if (operation.method().equals("GET")) {
            return Collections.singletonList(null);
        }
        return List.of(MALFORMED_JSON, operation.readsABody() ? operation.invalidBody() : INVALID_FIELDS);
    }

    private Response call(Operation operation, String authorization, String body) {
        RequestSpecification request = given();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.request(operation.method(), pathFor(operation.path()));
    }

    /** A token as the expo's identity provider would issue it, signed with the development key. */
    private static String token(String role) {
        return Jwt.upn(role + "@test.expo-suite.org").groups(role).expiresIn(3600).sign();
    }

    private static String expiredToken(String role) {
        Instant hourAgo = Instant.now().minusSeconds(3600);
        return Jwt.upn(role + "@test.expo-suite.org").groups(role).issuedAt(hourAgo.minusSeconds(3600)).expiresAt(hourAgo).sign();
    }
}
