package org.exposuite.loadtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The knobs of a run, read from system properties (-Dname=value) so one build serves every machine and target. */
final class LoadSettings {

    private LoadSettings() {
    }

    static String string(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    static int integer(String name, int fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + name + " must be a whole number, not '" + value + "'", e);
        }
    }

    static double decimal(String name, double fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + name + " must be a number, not '" + value + "'", e);
        }
    }

    static Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(integer(name, fallback));
    }

    /** The gateway (or any base URL that routes every /api path). */
    static String baseUrl() {
        return stripSlash(string("baseUrl", "http://localhost:8080"));
    }

    /** Where registrations go: the gateway by default, or registration-service itself (e.g. http://localhost:8081) to bypass its rate limit. */
    static String registrationUrl() {
        return stripSlash(string("registrationUrl", baseUrl()));
    }

    /** The project root, where the development key lives (the plugin runs in deploy/loadtest). */
    static Path suiteRoot() {
        return Path.of(string("suiteRoot", "../..")).toAbsolutePath().normalize();
    }

    /** Where each simulation writes its own figures (one TSV per simulation) for the benchmark summary. */
    static Path resultsDir() {
        Path dir = Path.of(string("resultsDir", "target/loadtest-results")).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
