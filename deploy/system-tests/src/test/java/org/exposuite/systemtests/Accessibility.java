package org.exposuite.systemtests;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The axe-core accessibility engine, run inside the page a browser shows. */
final class Accessibility {

    /** One rule the page breaks, with how much it hurts (minor, moderate, serious, critical) and where. */
    record Violation(String id, String impact, String help, List<Node> nodes) {

        boolean seriousOrWorse() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return impact + " " + id + " (" + help + ") at " + nodes.stream().map(Node::target).map(Object::toString)
                    .limit(5).collect(Collectors.joining(", "));
        }
    }

    record Node(List<Object> target) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static String engine;

    private Accessibility() {
    }

    /** Audits the page as it is now (every rule axe runs by default, WCAG 2 A/AA and best practices). */
    static List<Violation> audit(Browser browser) {
        inject(browser);
        String result = (String) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(results => done(JSON.stringify(results.violations)))
                   .catch(error => done('failed: ' + error));""");
        if (result == null || result.startsWith("failed: ")) {
            throw new IllegalStateException("axe did not run: " + result);
        }
        try {
            return JSON.readValue(result, new TypeReference<List<Violation>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The engine's version, for the test output. */
    static String version(Browser browser) {
        inject(browser);
        return (String) browser.script("return axe.version;");
    }

    private static void inject(Browser browser) {
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object';"))) {
            browser.script(engine());
        }
    }

    private static synchronized String engine() {
        if (engine == null) {
            try (InputStream script = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (script == null) {
                    throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
                }
                engine = new String(script.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return engine;
    }
}
