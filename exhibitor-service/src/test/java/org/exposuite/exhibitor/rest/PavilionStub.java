package org.exposuite.exhibitor.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/** A stand-in for pavilion-service's booth assignment API, on a random port. */
public class PavilionStub implements QuarkusTestResourceLifecycleManager {

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
        return Map.of("quarkus.rest-client.pavilion.url", server.baseUrl());
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

    static String assignmentPath(String boothCode) {
        return "/api/booths/" + boothCode + "/assignment";
    }

    /** pavilion-service assigns the booth (in pavilion {@code pavilionCode}, 18 m²) and frees it again. */
    static void boothIsFree(WireMockServer server, String boothCode, String pavilionCode) {
        server.stubFor(put(urlPathEqualTo(assignmentPath(boothCode))).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"code":"%s","pavilionCode":"%s","type":"CORNER","x":0,"y":0,"width":6,"depth":3,"areaM2":18.00,
                         "priceClass":"A","status":"ASSIGNED","exhibitorId":"x","exhibitorName":"x","heldUntil":null}
                        """.formatted(boothCode, pavilionCode))));
        server.stubFor(delete(urlPathEqualTo(assignmentPath(boothCode))).willReturn(aResponse().withStatus(204)));
    }

    static StubMapping answer(WireMockServer server, MappingBuilder request, int status, String problemType) {
        return server.stubFor(request.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://problems.expo-suite.org/" + problemType + "\",\"status\":" + status + "}")));
    }
}
