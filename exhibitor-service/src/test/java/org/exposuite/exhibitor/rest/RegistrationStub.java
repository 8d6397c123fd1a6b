package org.exposuite.exhibitor.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.jwk.JWKSet;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;

/** A stand-in for registration-service: badge keys (JWKS), staff badges and shared contacts, on a random port. */
public class RegistrationStub extends ServiceStub {

    static final String KEYS_PATH = "/api/registrations/keys";

    /** Marks the test field that receives the running stub server. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Inject {
    }

    // the service fetches its badge keys from here too, at KEYS_PATH (see the test profile)
    public RegistrationStub() {
        super("quarkus.rest-client.registration.url", Inject.class);
    }

    static String staffPath(String exhibitorId) {
        return "/api/registrations/staff/" + exhibitorId + "/members";
    }

    static String memberPath(String exhibitorId, String registrationId) {
        return staffPath(exhibitorId) + "/" + registrationId;
    }

    static String sharedContactPath(String registrationId) {
        return "/api/registrations/" + registrationId + "/shared-contact";
    }

    /** registration-service publishes these public keys. */
    static void publishesKeys(WireMockServer server, JWKSet keys) {
        server.stubFor(get(urlPathEqualTo(KEYS_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("Cache-Control", "public, max-age=300")
                .withBody(keys.toPublicJWKSet().toString())));
    }

    /** registration-service issues staff badges for this exhibitor (a new registration id each time) and revokes them. */
    static void issuesStaffBadges(WireMockServer server, String exhibitorId) {
        issuesStaffBadgesButAnswersAfter(server, exhibitorId, Duration.ZERO);
    }

    /** As {@link #issuesStaffBadges}, but each badge is answered only after this delay. */
    static void issuesStaffBadgesButAnswersAfter(WireMockServer server, String exhibitorId, Duration delay) {
        server.stubFor(put(urlPathEqualTo(staffPath(exhibitorId))).willReturn(aResponse().withStatus(201)
                .withFixedDelay(Math.toIntExact(delay.toMillis()))
                .withHeader("Content-Type", "application/json")
                .withBody("{\"registrationId\":\"{{randomValue type='UUID'}}\",\"badgeToken\":\"staff.badge.{{randomValue length=12 type='ALPHANUMERIC'}}\"}")
                .withTransformers("response-template")));
        server.stubFor(delete(urlPathMatching(staffPath(exhibitorId) + "/[^/]+")).willReturn(aResponse().withStatus(204)));
    }

    /** The visitor shares this contact (JSON) with exhibitors. */
    static void sharesContact(WireMockServer server, String registrationId, String contactJson) {
        server.stubFor(get(urlPathEqualTo(sharedContactPath(registrationId))).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(contactJson)));
    }

    /** The visitor does not share a contact (registration-service answers the same 404 as for an unknown visitor). */
    static void sharesNoContact(WireMockServer server, String registrationId) {
        problem(server, get(urlPathEqualTo(sharedContactPath(registrationId))), 404, "registration-not-found");
    }
}
