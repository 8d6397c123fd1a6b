package org.exposuite.loadtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/** The knobs of a run, read from system properties (-Dname=value) so one build serves every machine and target. */
final class LoadSettings {

    private LoadSettings() {
    }

    static String string(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    static int integer(String name, int fallback) {
        return parsed(name, fallback, Integer::valueOf, "a whole number");
    }

    static double decimal(String name, double fallback) {
        return parsed(name, fallback, Double::valueOf, "a number");
    }

    private static <T> T parsed(String name, T fallback, Function<String, T> parse, String kind) {
        String value = string(name, null);
        try {
            return value == null ? fallback : parse.apply(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + name + " must be " + kind + ", not '" + value + "'", e);
        }
    }

    /** Names this run's own records (categories, e-mail addresses), so every run starts from empty quotas. */
    static String runId() {
        return Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
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
