package org.exposuite.exhibitor.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.Annotation;
import java.util.Map;

/** A stand-in for another service on a random port: the REST client setting points at it, marked test fields receive it. */
abstract class ServiceStub implements QuarkusTestResourceLifecycleManager {

    private final String urlSetting;
    private final Class<? extends Annotation> marker;
    private WireMockServer server;

    ServiceStub(String urlSetting, Class<? extends Annotation> marker) {
        this.urlSetting = urlSetting;
        this.marker = marker;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(40));
        server.start();
        return Map.of(urlSetting, server.baseUrl());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(marker, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The other service answers the request with a problem of this type. */
    static StubMapping problem(WireMockServer server, MappingBuilder request, int status, String problemType) {
        return server.stubFor(request.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://problems.expo-suite.org/" + problemType + "\",\"status\":" + status + "}")));
    }
}
