package org.exposuite.exhibitor.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.jwk.JWKSet;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/** A stand-in for registration-service: badge keys (JWKS), staff badges and shared contacts, on a random port. */
public class RegistrationStub implements QuarkusTestResourceLifecycleManager {

    static final String KEYS_PATH = "/api/registrations/keys";

    /** Marks the test field that receives the running stub server. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Inject {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(40));
        server.start();
        // the service fetches its badge keys from here too, at KEYS_PATH (see the test profile)
        return Map.of("quarkus.rest-client.registration.url", server.baseUrl());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Inject.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
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
        server.stubFor(put(urlPathEqualTo(staffPath(exhibitorId))).willReturn(aResponse().withStatus(201)
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

    static void problem(WireMockServer server, com.github.tomakehurst.wiremock.client.MappingBuilder request, int status,
                        String problemType) {
        server.stubFor(request.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://problems.expo-suite.org/" + problemType + "\",\"status\":" + status + "}")));
    }
}
