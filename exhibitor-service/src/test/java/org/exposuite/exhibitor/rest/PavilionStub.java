package org.exposuite.exhibitor.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;

/** A stand-in for pavilion-service's booth assignment API, on a random port. */
public class PavilionStub extends ServiceStub {

    /** Marks the test field that receives the running stub server. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Inject {
    }

    public PavilionStub() {
        super("quarkus.rest-client.pavilion.url", Inject.class);
    }

    static String assignmentPath(String boothCode) {
        return "/api/booths/" + boothCode + "/assignment";
    }

    /** pavilion-service assigns the booth (in pavilion {@code pavilionCode}, 18 m²) and frees it again. */
    static void boothIsFree(WireMockServer server, String boothCode, String pavilionCode) {
        boothIsFreeButAnswersAfter(server, boothCode, pavilionCode, Duration.ZERO);
    }

    /** As {@link #boothIsFree}, but each assignment is answered only after this delay. */
    static void boothIsFreeButAnswersAfter(WireMockServer server, String boothCode, String pavilionCode, Duration delay) {
        server.stubFor(put(urlPathEqualTo(assignmentPath(boothCode))).willReturn(aResponse().withStatus(200)
                .withFixedDelay(Math.toIntExact(delay.toMillis()))
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"code":"%s","pavilionCode":"%s","type":"CORNER","x":0,"y":0,"width":6,"depth":3,"areaM2":18.00,
                         "priceClass":"A","status":"ASSIGNED","exhibitorId":"x","exhibitorName":"x","heldUntil":null}
                        """.formatted(boothCode, pavilionCode))));
        server.stubFor(delete(urlPathEqualTo(assignmentPath(boothCode))).willReturn(aResponse().withStatus(204)));
    }
}
