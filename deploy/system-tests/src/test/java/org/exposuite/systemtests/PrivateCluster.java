package org.exposuite.systemtests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster of one test, in a temporary directory on a free port of 127.0.0.1, so the test may
 * stop and start its database while the machine's shared PostgreSQL serves everyone else.
 *
 * <p>It uses the server binaries of the machine (initdb, pg_ctl: /usr/lib/postgresql/VERSION/bin on Debian, or
 * EXPO_PG_BIN). PostgreSQL refuses to run as root, so as root (CI) they run as the {@code postgres} user through
 * runuser. The administrator {@code postgres} gets a random password; {@link #suiteSettings()} points a suite's
 * launcher at the cluster, which then creates the expo role and the databases itself.
 */
final class PrivateCluster implements AutoCloseable {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);
    /** A build's PATH may lack the sbin directories, where runuser lives. */
    private static final String RUNUSER = Stream.of("/usr/sbin/runuser", "/sbin/runuser")
            .filter(path -> Files.isExecutable(Path.of(path))).findFirst().orElse("runuser");

    private final Path directory;
    private final Path data;
    private final Path log;
    private final Path bin;
    private final int port;
    private final String adminPassword;
    /** Stops the server should the test JVM end before the test does (Ctrl-C, a killed build). */
    private final Thread backstop = new Thread(this::close, "expo-private-postgres-stop");

    private PrivateCluster(Path directory, Path bin, int port, String adminPassword) {
        this.directory = directory;
        this.data = directory.resolve("data");
        this.log = directory.resolve("postgresql.log");
        this.bin = bin;
        this.port = port;
        this.adminPassword = adminPassword;
    }

    /** Creates the cluster with initdb and starts it. */
    static PrivateCluster start() {
        try {
            Path directory = Files.createTempDirectory("expo-pg-");
            byte[] secret = new byte[18];
            new SecureRandom().nextBytes(secret);
            PrivateCluster cluster = new PrivateCluster(directory, serverBinaries(), freePort(), HexFormat.of().formatHex(secret));
            try {
                Runtime.getRuntime().addShutdownHook(cluster.backstop);
                cluster.create();
                cluster.startServer();
                return cluster;
            } catch (RuntimeException e) {
                cluster.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the private PostgreSQL cluster", e);
        }
    }

    int port() {
        return port;
    }

    /** The launcher's settings for a suite on this cluster (EXPO_PG_*, see deploy/local/prerequisites.sh). */
    Map<String, String> suiteSettings() {
        return Map.of("EXPO_PG_HOST", "127.0.0.1", "EXPO_PG_PORT", String.valueOf(port),
                "EXPO_PG_USER", "expo", "EXPO_PG_PASSWORD", "expo",
                "EXPO_PG_ADMIN_URL", "postgresql://postgres:" + adminPassword + "@127.0.0.1:" + port + "/postgres");
    }

    /** Stops the server the way an operator's fast shutdown does: open connections are cut, nothing is lost. */
    void stopServer() {
        pgCtl("stop", "-m", "fast", "-w", "-t", "60");
    }

    /** Starts the server and returns once it accepts connections. */
    void startServer() {
        pgCtl("start", "-w", "-t", "60", "-l", log.toString(),
                "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1");
    }

    /** Runs SQL as the administrator in a database of the cluster; returns the rows, one a line, columns split by |. */
    List<String> query(String database, String sql) {
        List<String> command = List.of(serverTool("psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", "-d", database, "-c", sql);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PGPASSWORD", adminPassword);
        return run(builder, false).lines().filter(line -> !line.isBlank()).toList();
    }

    @Override
    public synchronized void close() {
        if (Thread.currentThread() != backstop) {
            try {
                Runtime.getRuntime().removeShutdownHook(backstop);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is ending: the backstop runs this anyway
            }
        }
        if (!Files.isDirectory(directory)) {
            return;
        }
        if (Files.exists(data.resolve("postmaster.pid"))) {
            pgCtl("stop", "-m", "immediate", "-w", "-t", "60");
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            System.out.println("[postgres] could not remove " + directory + ": " + e.getMessage());
        }
    }

    private void create() throws IOException {
        Path passwordFile = directory.resolve("admin-password");
        Files.writeString(passwordFile, adminPassword + "\n");
        if (ROOT) {
            run(new ProcessBuilder("chown", "-R", "postgres:postgres", directory.toString()), false);
        }
        // local socket connections are the server owner's; over TCP every role proves its password
        run(new ProcessBuilder(asServerOwner(serverTool("initdb"), "-D", data.toString(), "-U", "postgres",
                "--pwfile=" + passwordFile, "--auth-local=peer", "--auth-host=scram-sha-256", "-E", "UTF8",
                "--locale=C", "--no-sync")), false);
        Files.delete(passwordFile);
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(serverTool("pg_ctl"), "-D", data.toString()));
        command.addAll(List.of(arguments));
        run(new ProcessBuilder(asServerOwner(command.toArray(String[]::new))), true);
    }

    private String serverTool(String name) {
        return bin.resolve(name).toString();
    }

    private static List<String> asServerOwner(String... command) {
        List<String> full = new ArrayList<>();
        if (ROOT) {
            full.addAll(List.of(RUNUSER, "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    /** Runs a command to its end; its output goes to a file, as the server it may start keeps the output open. */
    private String run(ProcessBuilder builder, boolean printed) {
        try {
            Path output = Files.createTempFile("expo-pg-command-", ".log");
            try {
                Process process = builder.directory(ROOT ? new File("/") : directory.toFile()).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
                if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", builder.command()) + " did not finish: " + Files.readString(output));
                }
                String said = Files.readString(output);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", builder.command()) + " failed (exit " + process.exitValue()
                            + "): " + said + serverLogTail());
                }
                if (printed) {
                    said.lines().filter(line -> !line.isBlank()).forEach(line -> System.out.println("[postgres " + port + "] " + line));
                }
                return said;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", builder.command()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String serverLogTail() {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return lines.isEmpty() ? "" : "\nend of the server log:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    /** EXPO_PG_BIN, or the newest server version installed the Debian way. */
    private static Path serverBinaries() throws IOException {
        String configured = System.getenv("EXPO_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> installed = Files.list(versions)) {
                var newest = installed.filter(version -> Files.isExecutable(version.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(version -> Integer.parseInt(version.getFileName().toString().replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            }
        }
        throw new IllegalStateException("no PostgreSQL server binaries (initdb, pg_ctl) found under /usr/lib/postgresql; set EXPO_PG_BIN");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
