package org.exposuite.exhibitor.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exposuite.exhibitor.api.ExhibitorProblem;
import org.exposuite.exhibitor.rest.TestApplications.Applicant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * exhibitor-service obtains its service token from the identity provider by client credentials. Tokens are issued
 * valid for 30 s unless a test says otherwise: less than the minute before expiry at which the service renews, so each
 * call needs a new one and no test depends on a token an earlier test left behind. The test that keeps a
 * long-lived token runs last for that reason.
 */
@QuarkusTest
@TestProfile(IdentityProviderProfile.class)
@WithTestResource(value = PavilionStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = RegistrationStub.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceTokenByClientCredentialsTest {

    private static final long INSIDE_RENEWAL_WINDOW = 30;

    @PavilionStub.Inject
    WireMockServer pavilion;

    @RegistrationStub.Inject
    WireMockServer registration;

    @IdentityProvider.Inject
    TokenEndpoint identityProvider;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void prepare() {
        identityProvider.comesBack();
        identityProvider.issuesTokensValidFor(INSIDE_RENEWAL_WINDOW);
        TestApplications.warmUpPavilionCalls(pavilion, circuitBreakers);
    }

    @AfterEach
    void leaveCircuitsClosed() {
        identityProvider.comesBack();
        circuitBreakers.resetAll();
    }

    private static String newBooth() {
        return "C-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Response approve(Applicant applicant, String booth) {
        return given().header("Authorization", TestApplications.organizer()).contentType(ContentType.JSON)
                .body(Map.of("boothCode", booth)).post("/api/exhibitors/applications/" + applicant.id() + "/approve");
    }

    /** The bearer tokens pavilion-service received for this booth's assignment, in order. */
    private List<String> bearersSeenFor(String booth) {
        return pavilion.findAll(putRequestedFor(urlPathEqualTo(PavilionStub.assignmentPath(booth)))).stream()
                .map(request -> request.getHeader("Authorization")).toList();
    }

    @Test
    @Order(1)
    void anApprovalIsSentWithTheTokenTheIdentityProviderIssuedByClientCredentials() {
        String booth = newBooth();
        PavilionStub.boothIsFree(pavilion, booth, "DA");
        int requestsBefore = identityProvider.requests().size();

        approve(TestApplications.submitted(), booth).then().statusCode(200).body("state", Matchers.equalTo("APPROVED"));

        List<TokenEndpoint.Request> requests = identityProvider.requests().subList(requestsBefore, identityProvider.requests().size());
        assertThat(requests).as("one token request for the one call").hasSize(1);
        assertThat(requests.get(0).grantType()).isEqualTo("client_credentials");
        assertThat(requests.get(0).clientAuthorization())
                .isEqualTo(TokenEndpoint.basic(IdentityProvider.CLIENT_ID, IdentityProvider.CLIENT_SECRET));
        List<String> issued = identityProvider.issued();
        assertThat(bearersSeenFor(booth)).containsExactly("Bearer " + issued.get(issued.size() - 1));
    }

    @Test
    @Order(2)
    void staffBadgesAreRequestedWithATokenFromTheIdentityProviderToo() {
        Applicant exhibitor = TestExhibitors.approved(pavilion, registration, 18);

        given().header("Authorization", exhibitor.bearer()).contentType(ContentType.JSON)
                .body(Map.of("familyName", "Chen", "givenName", "Jing", "email", "chen.jing@example.org"))
                .post("/api/exhibitors/me/staff").then().statusCode(201);

        List<String> issued = identityProvider.issued();
        List<LoggedRequest> badgeRequests = registration.findAll(putRequestedFor(urlPathEqualTo(RegistrationStub.staffPath(exhibitor.id()))));
        assertThat(badgeRequests).hasSize(1);
        assertThat(badgeRequests.get(0).getHeader("Authorization")).isEqualTo("Bearer " + issued.get(issued.size() - 1));
    }

    @Test
    @Order(3)
    void aTokenAboutToExpireIsRenewedBeforeTheNextCall() {
        String first = newBooth();
        String second = newBooth();
        PavilionStub.boothIsFree(pavilion, first, "DA");
        PavilionStub.boothIsFree(pavilion, second, "DA");

        approve(TestApplications.submitted(), first).then().statusCode(200);
        int requestsAfterFirst = identityProvider.requests().size();
        String firstToken = bearersSeenFor(first).get(0);
        approve(TestApplications.submitted(), second).then().statusCode(200);

        assertThat(identityProvider.requests()).as("the token endpoint is asked again").hasSize(requestsAfterFirst + 1);
        List<String> issued = identityProvider.issued();
        assertThat(bearersSeenFor(second)).containsExactly("Bearer " + issued.get(issued.size() - 1));
        assertThat(bearersSeenFor(second).get(0)).isNotEqualTo(firstToken);
    }

    @Test
    @Order(4)
    void withoutATokenTheApprovalFailsWith503AndNothingIsAssignedOrApproved() {
        String booth = newBooth();
        PavilionStub.boothIsFree(pavilion, booth, "DA");
        Applicant applicant = TestApplications.submitted();
        identityProvider.goesDown();

        approve(applicant, booth).then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", Matchers.notNullValue())
                .body("type", Matchers.equalTo(ExhibitorProblem.PAVILION_SERVICE_UNAVAILABLE.type().toString()))
                .body("detail", Matchers.containsString("identity provider"))
                .body("detail", Matchers.containsString("Nothing was changed"))
                .body(Matchers.not(Matchers.containsString("Exception")));

        assertThat(identityProvider.requests().get(identityProvider.requests().size() - 1).grantType())
                .isEqualTo("client_credentials");
        assertThat(bearersSeenFor(booth)).as("pavilion-service is not called without a token").isEmpty();
        assertThat(TestApplications.stateOf(applicant)).isEqualTo("SUBMITTED");

        // Once the identity provider answers again, the same approval goes through.
        identityProvider.comesBack();
        approve(applicant, booth).then().statusCode(200).body("state", Matchers.equalTo("APPROVED"));
        assertThat(bearersSeenFor(booth)).hasSize(1);
    }

    @Test
    @Order(5)
    void anIdentityProviderOutageDoesNotOpenPavilionServicesCircuit() {
        String booth = newBooth();
        PavilionStub.boothIsFree(pavilion, booth, "DA");
        Applicant applicant = TestApplications.submitted();
        identityProvider.goesDown();
        // more failures than the circuit's request volume threshold (4), every one of them
        for (int attempt = 0; attempt < 6; attempt++) {
            approve(applicant, booth).then().statusCode(503).body("detail", Matchers.containsString("identity provider"));
        }

        identityProvider.comesBack();
        approve(applicant, booth).then().statusCode(200).body("state", Matchers.equalTo("APPROVED"));
    }

    @Test
    @Order(6)
    void aValidTokenIsReusedUntilItIsDueForRenewal() {
        identityProvider.issuesTokensValidFor(3600);
        String first = newBooth();
        String second = newBooth();
        PavilionStub.boothIsFree(pavilion, first, "DA");
        PavilionStub.boothIsFree(pavilion, second, "DA");

        approve(TestApplications.submitted(), first).then().statusCode(200);
        int requestsAfterFirst = identityProvider.requests().size();
        approve(TestApplications.submitted(), second).then().statusCode(200);

        assertThat(identityProvider.requests()).as("no new token while the last is valid").hasSize(requestsAfterFirst);
        assertThat(bearersSeenFor(second)).isEqualTo(bearersSeenFor(first));
    }
}
