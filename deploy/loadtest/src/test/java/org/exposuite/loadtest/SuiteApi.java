package org.exposuite.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/** Plain calls made outside the measured load: preparing data before a simulation and checking it afterwards. */
final class SuiteApi {

    record Answer(int status, String body) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SuiteApi() {
    }

    static Answer get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    static Answer post(String url, String json, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request);
    }

    /** A category anyone may register for, without approval or invitation, created with the organizer's token. */
    static void createCategory(String registrationUrl, String token, String code, String nameEn, String nameZh, int capacity) {
        String body = String.format(Locale.ROOT, "{\"code\":\"%s\",\"nameEn\":\"%s\",\"nameZh\":\"%s\",\"capacity\":%d,"
                + "\"approvalRequired\":false,\"invitationOnly\":false,\"allDays\":false}", code, nameEn, nameZh, capacity);
        Answer answer = post(registrationUrl + "/api/categories", body, token);
        if (answer.status() != 201) {
            throw new IllegalStateException("creating category " + code + " answered " + answer.status() + ": " + answer.body());
        }
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.build().uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The first integer value of a top-level JSON field, without a JSON library (the bodies here are the suite's own). */
    static long intField(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no field " + name + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /** All string values of a field anywhere in a JSON body, in order. */
    static java.util.List<String> stringFields(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        java.util.List<String> values = new java.util.ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
