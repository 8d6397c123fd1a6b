package org.exposuite.testfixtures;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of a service's {@code /q/metrics}, as Prometheus reads it: samples of a name with their labels. */
public final class MetricsScrape {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\d+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    public record Sample(String name, Map<String, String> labels, double value) {
        boolean has(Map<String, String> wanted) {
            return wanted.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        }
    }

    private final List<Sample> samples;

    private MetricsScrape(List<Sample> samples) {
        this.samples = samples;
    }

    /** Scrapes the service under test (RestAssured's base URI and port). */
    public static MetricsScrape now() {
        String text = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        return parse(text);
    }

    public static MetricsScrape parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line.strip());
            if (line.startsWith("#") || !sample.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return new MetricsScrape(samples);
    }

    /** The value of the one sample of {@code name} with these labels (and any others), if there is one. */
    public OptionalDouble value(String name, String... labels) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        List<Sample> found = samples.stream().filter(s -> s.name().equals(name) && s.has(wanted)).toList();
        if (found.size() > 1) {
            throw new IllegalArgumentException(found.size() + " samples of " + name + " match " + wanted + ": " + found);
        }
        return found.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(found.get(0).value());
    }

    /** The value of that one sample, or 0 when the service reports none (a counter never incremented). */
    public double valueOrZero(String name, String... labels) {
        return value(name, labels).orElse(0);
    }

    /** Every metric name this scrape holds. */
    public List<String> names() {
        return samples.stream().map(Sample::name).distinct().toList();
    }

    public List<Sample> samples() {
        return samples;
    }
}
