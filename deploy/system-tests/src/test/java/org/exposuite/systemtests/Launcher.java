package org.exposuite.systemtests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One suite as the launcher (deploy/local/suite) runs it: its port base, database suffix, run directory and the
 * settings its gateway and services get on top of the ones every suite of the tests shares.
 *
 * @param settings environment for the launcher, e.g. the gateway's registration limit or EXPO_PG_* for another
 *                 PostgreSQL; these win over the shared ones
 */
record Launcher(int portBase, String databaseSuffix, Path runDir, Duration readyTimeout, Map<String, String> settings) {

    /** Settings of a developer's shell (even a local run's database) that must not reach the suite under test. */
    private static final List<String> SHELL_SETTINGS = List.of("QUARKUS_", "MP_", "SMALLRYE_", "EXPO_", "GATEWAY_",
            "REGISTRATION_", "EXHIBITOR_", "PAVILION_", "MAX_BODY_SIZE");

    /** Runs the launcher and prints what it said, each line marked with the suite. */
    void run(String... arguments) {
        says(arguments).lines().forEach(line -> System.out.println("[suite " + portBase + "] " + line));
    }

    /** Runs deploy/local/suite with this suite's settings and returns what it printed; fails when it does. */
    String says(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", Suite.root().resolve("deploy/local/suite").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Suite.root().toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        String pgHost = envOr("PGHOST", "127.0.0.1");
        String pgPort = envOr("PGPORT", "5432");
        String pgUser = envOr("PGUSER", "expo");
        String pgPassword = envOr("PGPASSWORD", "expo");
        env.keySet().removeIf(key -> !key.startsWith("EXPO_PG_") && SHELL_SETTINGS.stream().anyMatch(key::startsWith));
        env.putIfAbsent("EXPO_PG_HOST", pgHost);
        env.putIfAbsent("EXPO_PG_PORT", pgPort);
        env.putIfAbsent("EXPO_PG_USER", pgUser);
        env.putIfAbsent("EXPO_PG_PASSWORD", pgPassword);
        env.put("EXPO_PORT_BASE", String.valueOf(portBase));
        env.put("EXPO_DB_SUFFIX", databaseSuffix);
        env.put("EXPO_RUN_DIR", runDir.toString());
        env.put("EXPO_READY_TIMEOUT", String.valueOf(readyTimeout.toSeconds()));
        // badges expire a week after the 2018 edition, so the suite stands on its first day, as a demo would
        env.put("EXPO_CLOCK_FIXED", Suite.EXPO_MOMENT);
        // the test JVM's own java runs the services
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        if (arguments[0].equals("start") && arguments.length == 1) {
            // a fresh schema per suite run; a service started again within the run keeps its data, as a real restart would
            env.put("EXPO_FRESH_SCHEMA", "1");
        }
        env.put("MAX_BODY_SIZE", Suite.MAX_BODY_SIZE);
        env.putAll(settings);
        try {
            Process launcher = builder.start();
            // the launcher's children write to their own logs, so its output ends when it does
            String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!launcher.waitFor(readyTimeout.toSeconds() + 60, TimeUnit.SECONDS)) {
                launcher.destroyForcibly();
                throw new IllegalStateException("deploy/local/suite " + String.join(" ", arguments) + " did not finish:\n" + output);
            }
            int exit = launcher.exitValue();
            // status says 1 when a part has stopped and 3 when none runs: an answer, not a failure
            if (exit != 0 && !(arguments[0].equals("status") && (exit == 1 || exit == 3))) {
                throw new IllegalStateException("deploy/local/suite " + String.join(" ", arguments) + " failed (exit " + exit
                        + "; ports " + portBase + "-" + (portBase + 4) + ", other ones with -Dexpo.suite.port-base):\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run deploy/local/suite", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running deploy/local/suite", e);
        }
    }

    /** Whether the launcher reports the part (registration, exhibitor, pavilion, gateway) as running from this run dir. */
    boolean running(String part) {
        return says("status").lines().anyMatch(line -> line.startsWith(part + " running"));
    }

    static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
