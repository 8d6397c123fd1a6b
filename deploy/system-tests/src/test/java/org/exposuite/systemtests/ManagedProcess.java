package org.exposuite.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One process of the suite, its output in its own log file. */
final class ManagedProcess {

    private static final List<String> INHERITED_CONFIG_PREFIXES = List.of("QUARKUS_", "MP_", "SMALLRYE_");

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workDir;
    private final Path log;
    private Process process;

    ManagedProcess(String name, List<String> command, Map<String, String> environment, Path workDir, Path log) {
        this.name = name;
        this.command = command;
        this.environment = environment;
        this.workDir = workDir;
        this.log = log;
    }

    /** Starts the process; appendLog keeps the earlier output of the same name (a restart). */
    void start(boolean appendLog) {
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(appendLog ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.to(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            // a developer's shell may export settings for the local run (even its database); the suite sets its own
            builder.environment().keySet().removeIf(key -> INHERITED_CONFIG_PREFIXES.stream().anyMatch(key::startsWith));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + String.join(" ", command) + ")", e);
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    String exitCode() {
        return process == null || process.isAlive() ? "(running)" : String.valueOf(process.exitValue());
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(Duration.ZERO);
                throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + " s");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends SIGTERM without waiting, so several processes shut down at once. */
    void signalStop() {
        if (isAlive()) {
            process.destroy();
        }
    }

    /** SIGTERM, then SIGKILL for the process and its children if it has not ended within the grace period. */
    void stop(Duration grace) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        // nginx workers end with their master; a killed master could leave them holding the port
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
