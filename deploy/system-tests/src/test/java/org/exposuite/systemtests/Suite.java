package org.exposuite.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole suite as a user meets it: the three packaged services on their own PostgreSQL databases
 * and the nginx gateway in front, started once per test JVM on ports of their own (280xx), so the
 * tests run while a local suite holds 8080-8083.
 *
 * <p>Use {@link #gateway()} as the base URI; {@link #token(String)} mints a bearer token for a role;
 * {@link #stop(Service)} and {@link #start(Service)} take one service away and bring it back (its data kept).
 * Everything stops when the test session closes and, as a backstop, when the JVM exits.
 */
public final class Suite {

    /** The services of the suite, each with its port and system test database. */
    public enum Service {
        REGISTRATION("registration", 28081),
        EXHIBITOR("exhibitor", 28082),
        PAVILION("pavilion", 28083);

        private final String shortName;
        private final int port;

        Service(String shortName, int port) {
            this.shortName = shortName;
            this.port = port;
        }

        public String module() {
            return shortName + "-service";
        }

        public int port() {
            return port;
        }

        /** The service's own address, bypassing the gateway (health checks, diagnosis). */
        public String directUri() {
            return "http://127.0.0.1:" + port;
        }

        String database() {
            return "expo_" + shortName + "_systest";
        }

        String upstream() {
            return "127.0.0.1:" + port;
        }
    }

    public static final int GATEWAY_PORT = 28080;
    /** A second gateway with a low registration rate, so rate limiting is tested without slowing other scenarios. */
    public static final int RATE_LIMITED_GATEWAY_PORT = 28084;
    public static final String RATE_LIMITED_REGISTRATION_RATE = "5r/s";
    public static final String RATE_LIMITED_REGISTRATION_BURST = "5";
    public static final String MAX_BODY_SIZE = "1m";
    /** The moment every service's clock stands on (expo.clock.fixed): 10:00 in Shanghai on the first expo day. */
    public static final String EXPO_MOMENT = "2018-05-26T02:00:00Z";
    /** The days of the expo edition the services are configured for (expo.days). */
    public static final List<String> EXPO_DAYS = List.of("2018-05-26", "2018-05-27", "2018-05-28", "2018-05-29");

    // a busy build machine may need longer: -Dexposuite.startup-timeout-seconds=180
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(Long.getLong("exposuite.startup-timeout-seconds", 90));
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private static final Map<Service, ManagedProcess> services = new EnumMap<>(Service.class);
    private static final List<ManagedProcess> gateways = new ArrayList<>();
    private static boolean running;
    private static RuntimeException startupFailure;
    private static boolean shutdownHookRegistered;

    private Suite() {
    }

    /** Base URI of the gateway, e.g. {@code http://127.0.0.1:28080}; starts the suite on first use. */
    public static String gateway() {
        ensureRunning();
        return "http://127.0.0.1:" + GATEWAY_PORT;
    }

    /** Base URI of the gateway rendered with {@link #RATE_LIMITED_REGISTRATION_RATE}. */
    public static String rateLimitedGateway() {
        ensureRunning();
        return "http://127.0.0.1:" + RATE_LIMITED_GATEWAY_PORT;
    }

    /** A valid bearer token for the role (organizer, scanner, service), signed with the development key. */
    public static String token(String role) {
        return DevTokens.valid(role, root());
    }

    /** A token that was valid an hour ago: what a browser may still send along. */
    public static String expiredToken(String role) {
        return DevTokens.expired(role, root());
    }

    /** The gateway's access log (one JSON object a line), for checks on what the gateway saw. */
    public static Path gatewayAccessLog() {
        return work().resolve("gateway").resolve("logs").resolve("access.log");
    }

    /** Starts the suite if it is not running; a failed start is reported again without retrying. */
    public static synchronized void ensureRunning() {
        if (startupFailure != null) {
            throw new IllegalStateException("the suite did not start: " + startupFailure.getMessage(), startupFailure);
        }
        if (running) {
            return;
        }
        registerShutdownHook();
        long started = System.nanoTime();
        try {
            startAll();
            running = true;
            System.out.printf(Locale.ROOT, "[suite] ready in %.1f s (gateway %s)%n",
                    (System.nanoTime() - started) / 1e9, "http://127.0.0.1:" + GATEWAY_PORT);
        } catch (RuntimeException e) {
            startupFailure = e;
            stopAll();
            throw e;
        }
    }

    /** Stops one service (SIGTERM, as an orchestrator would); the gateway keeps running. */
    public static synchronized void stop(Service service) {
        ensureRunning();
        ManagedProcess process = services.get(service);
        if (process != null) {
            process.stop(STOP_GRACE);
        }
    }

    /** Starts a stopped service again, keeping its data, and waits until it is ready. */
    public static synchronized void start(Service service) {
        ensureRunning();
        ManagedProcess process = services.get(service);
        if (process != null && process.isAlive()) {
            return;
        }
        ManagedProcess restarted = serviceProcess(service, false);
        services.put(service, restarted);
        restarted.start(true);
        awaitReady(restarted, URI.create(service.directUri() + "/q/health/ready"));
    }

    /** Stops every process the suite started; the next {@link #ensureRunning()} starts afresh. */
    public static synchronized void stopAll() {
        List<ManagedProcess> all = new ArrayList<>(gateways);
        all.addAll(services.values());
        all.forEach(ManagedProcess::signalStop);
        all.forEach(process -> process.stop(STOP_GRACE));
        gateways.clear();
        services.clear();
        running = false;
        if (!all.isEmpty()) {
            System.out.println("[suite] stopped " + all.size() + " processes");
        }
    }

    /** Forgets a failed start, so a new test session may try again. */
    static synchronized void reset() {
        stopAll();
        startupFailure = null;
    }

    private static void startAll() {
        Path root = root();
        for (Service service : Service.values()) {
            Path jar = jar(service);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing; package the service first: mvn -f "
                        + root.resolve("pom.xml") + " package -DskipTests -pl " + service.module());
            }
        }
        reapLeftovers();
        requireFreePorts();

        Path gateway = renderGateway("gateway", GATEWAY_PORT, "50r/s", "100");
        Path rateLimitedGateway = renderGateway("gateway-rate-limited", RATE_LIMITED_GATEWAY_PORT,
                RATE_LIMITED_REGISTRATION_RATE, RATE_LIMITED_REGISTRATION_BURST);

        // all three JVMs boot at once; each is then awaited with the same deadline
        for (Service service : Service.values()) {
            ManagedProcess process = serviceProcess(service, true);
            services.put(service, process);
            process.start(false);
        }
        for (Service service : Service.values()) {
            awaitReady(services.get(service), URI.create(service.directUri() + "/q/health/ready"));
        }
        for (Path prefix : List.of(gateway, rateLimitedGateway)) {
            ManagedProcess nginx = nginxProcess(prefix);
            gateways.add(nginx);
            nginx.start(false);
        }
        awaitReady(gateways.get(0), URI.create("http://127.0.0.1:" + GATEWAY_PORT + "/gateway/health"));
        awaitReady(gateways.get(1), URI.create("http://127.0.0.1:" + RATE_LIMITED_GATEWAY_PORT + "/gateway/health"));
        writePids();
    }

    private static ManagedProcess serviceProcess(Service service, boolean freshSchema) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + pgHost() + ":" + pgPort() + "/" + service.database());
        env.put("QUARKUS_DATASOURCE_USERNAME", envOr("PGUSER", "expo"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", envOr("PGPASSWORD", "expo"));
        // a fresh schema per suite run; a restart within the run keeps the data, as a real restart would
        env.put("QUARKUS_FLYWAY_CLEAN_AT_START", String.valueOf(freshSchema));
        env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", root().resolve("deploy/local/dev-keys/dev-jwt-public.pem").toString());
        env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        // exhibitor-service signs its service token with the development key, as in the local run
        env.put("EXPO_DEV_KEYS_PRIVATE", root().resolve("deploy/local/dev-keys/dev-jwt-private.pem").toString());
        env.put("EXPO_BADGE_JWKS_LOCATION", Service.REGISTRATION.directUri() + "/api/registrations/keys");
        if (service == Service.REGISTRATION) {
            // the production profile names no badge signing keys; the suite signs with the development key set
            env.put("EXPO_BADGE_SIGNING_KEYS", root().resolve("deploy/local/dev-keys/dev-badge-signing-keys.jwks.json").toString());
        }
        // badges expire a week after the 2018 edition, so the suite stands on its first day, as a demo would
        env.put("EXPO_CLOCK_FIXED", EXPO_MOMENT);
        env.putAll(serviceLinks());

        Path workDir = work().resolve("run").resolve(service.module());
        // the marker property lets a later run recognise this process if its test JVM was killed
        List<String> command = List.of(javaExecutable(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dexposuite.systemtest.dir=" + work(),
                "-jar", jar(service).toString());
        return new ManagedProcess(service.module(), command, env, workDir, logFile(service.module()));
    }

    /** Where each service finds the others (REST client config keys registration, exhibitor, pavilion): the suite's ports, never a local run's. */
    private static Map<String, String> serviceLinks() {
        Map<String, String> links = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            links.put("QUARKUS_REST_CLIENT_" + service.shortName.toUpperCase(Locale.ROOT) + "_URL", service.directUri());
        }
        return links;
    }

    private static Path renderGateway(String name, int port, String registrationRate, String registrationBurst) {
        Path prefix = work().resolve(name);
        deleteRecursively(prefix);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GATEWAY_PORT", String.valueOf(port));
        env.put("REGISTRATION_UPSTREAM", Service.REGISTRATION.upstream());
        env.put("EXHIBITOR_UPSTREAM", Service.EXHIBITOR.upstream());
        env.put("PAVILION_UPSTREAM", Service.PAVILION.upstream());
        env.put("REGISTRATION_RATE", registrationRate);
        env.put("REGISTRATION_BURST", registrationBurst);
        env.put("MAX_BODY_SIZE", MAX_BODY_SIZE);
        env.put("GATEWAY_DOCS_DIR", root().resolve("deploy/gateway/target/docs").toString());
        env.put("GATEWAY_SITE_DIR", root().resolve("deploy/gateway/target/site").toString());

        Path log = logFile(name + "-render");
        ManagedProcess render = new ManagedProcess(name + "-render",
                List.of("bash", root().resolve("deploy/gateway/render.sh").toString(), prefix.toString()),
                env, work(), log);
        render.start(false);
        int exit = render.awaitExit(Duration.ofSeconds(30));
        if (exit != 0) {
            throw new IllegalStateException("deploy/gateway/render.sh failed (exit " + exit + "):\n" + tail(log, 40));
        }
        return prefix;
    }

    private static ManagedProcess nginxProcess(Path prefix) {
        String name = prefix.getFileName().toString();
        List<String> command = List.of(envOr("NGINX", "nginx"), "-p", prefix + "/", "-c", prefix.resolve("nginx.conf").toString(),
                "-g", "daemon off;");
        return new ManagedProcess(name, command, Map.of(), prefix, logFile(name));
    }

    private static void awaitReady(ManagedProcess process, URI health) {
        long started = System.nanoTime();
        long deadline = started + STARTUP_TIMEOUT.toNanos();
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET().build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(process.name() + " exited with code " + process.exitCode()
                        + " while starting; last lines of " + process.log() + ":\n" + tail(process.log(), 60));
            }
            try {
                if (PROBE.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    System.out.printf(Locale.ROOT, "[suite] %s ready in %.1f s%n", process.name(), (System.nanoTime() - started) / 1e9);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + process.name(), e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(process.name() + " was not ready at " + health + " within "
                        + STARTUP_TIMEOUT.toSeconds() + " s; last lines of " + process.log() + ":\n" + tail(process.log(), 60));
            }
            sleep(Duration.ofMillis(200));
        }
    }

    private static void requireFreePorts() {
        List<Integer> ports = new ArrayList<>(List.of(GATEWAY_PORT, RATE_LIMITED_GATEWAY_PORT));
        for (Service service : Service.values()) {
            ports.add(service.port());
        }
        for (int port : ports) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
                throw new IllegalStateException("port " + port + " is already in use; the system tests need 28080-28084 free"
                        + " (is an earlier system test run still running? see " + pidFile() + ")");
            } catch (IOException free) {
                // nothing listens: the port is ours
            }
        }
    }

    /** Ends processes an earlier run left behind (its JVM was killed), recognised by pid and command line. */
    private static void reapLeftovers() {
        Path pids = pidFile();
        if (!Files.isRegularFile(pids)) {
            return;
        }
        String marker = work().toString();
        try (Stream<String> lines = Files.lines(pids)) {
            lines.map(String::trim).filter(line -> line.matches("\\d+")).map(Long::parseLong)
                    .map(ProcessHandle::of).flatMap(java.util.Optional::stream)
                    .filter(handle -> handle.info().commandLine().map(cmd -> cmd.contains(marker)).orElse(false))
                    .forEach(handle -> {
                        System.out.println("[suite] ending leftover process " + handle.pid());
                        handle.descendants().forEach(ProcessHandle::destroyForcibly);
                        handle.destroyForcibly();
                        handle.onExit().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> handle).join();
                    });
            Files.delete(pids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePids() {
        List<String> pids = new ArrayList<>();
        services.values().forEach(process -> pids.add(String.valueOf(process.pid())));
        gateways.forEach(process -> pids.add(String.valueOf(process.pid())));
        try {
            Files.write(pidFile(), pids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void registerShutdownHook() {
        if (!shutdownHookRegistered) {
            Runtime.getRuntime().addShutdownHook(new Thread(Suite::stopAll, "expo-suite-stop"));
            shutdownHookRegistered = true;
        }
    }

    static Path root() {
        String configured = System.getProperty("expo.suite.root");
        Path root = configured != null ? Path.of(configured) : Path.of("../..");
        root = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("deploy/gateway/render.sh"))) {
            throw new IllegalStateException("expo.suite.root=" + root + " is not the Expo Suite project root");
        }
        return root;
    }

    static Path work() {
        String configured = System.getProperty("expo.suite.work");
        Path work = configured != null ? Path.of(configured) : root().resolve("deploy/system-tests/target/system-tests");
        try {
            Files.createDirectories(work.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return work.toAbsolutePath().normalize();
    }

    private static Path jar(Service service) {
        return root().resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static Path logFile(String name) {
        return work().resolve("logs").resolve(name + ".log");
    }

    private static Path pidFile() {
        return work().resolve("pids");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String pgHost() {
        return envOr("PGHOST", "127.0.0.1");
    }

    private static String pgPort() {
        return envOr("PGPORT", "5432");
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "(no log written)";
            }
            List<String> all = Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
