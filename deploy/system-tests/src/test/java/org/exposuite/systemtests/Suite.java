package org.exposuite.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole suite as a user meets it: the three packaged services on their own PostgreSQL databases and the nginx
 * gateway in front, started once per test JVM by the suite's launcher (deploy/local/suite) on ports of their own
 * (28080-28084 by default), so the tests run while a local suite holds 8080-8083.
 *
 * <p>Two copies run side by side with another port base and database suffix:
 * {@code -Dexpo.suite.port-base=29080 -Dexpo.suite.database-suffix=_systest_b} (or the environment variables
 * EXPO_SYSTEST_PORT_BASE and EXPO_SYSTEST_DB_SUFFIX).
 *
 * <p>Use {@link #gateway()} as the base URI; {@link #token(String)} mints a bearer token for a role;
 * {@link #stop(Service)} (or {@link #kill(Service)}) and {@link #start(Service)} take one service away and bring it
 * back (its data kept); {@link #hang(Service)} freezes one (it holds its port but answers nothing) until
 * {@link #resume(Service)}; {@link #restart(Map, Service...)} starts services again with settings of their own.
 * Everything stops when the test session closes and, as a backstop, when the JVM exits.
 */
public final class Suite {

    /** The gateway's port; the services follow it, and the rate-limited gateway comes last. */
    public static final int PORT_BASE = Integer.getInteger("expo.suite.port-base",
            Integer.parseInt(envOr("EXPO_SYSTEST_PORT_BASE", "28080")));
    /** The databases are expo_registration + suffix, and so on. */
    public static final String DATABASE_SUFFIX = System.getProperty("expo.suite.database-suffix",
            envOr("EXPO_SYSTEST_DB_SUFFIX", "_systest"));

    /** The services of the suite, each on its own port after the gateway's. */
    public enum Service {
        REGISTRATION("registration", 1),
        EXHIBITOR("exhibitor", 2),
        PAVILION("pavilion", 3);

        private final String shortName;
        private final int offset;

        Service(String shortName, int offset) {
            this.shortName = shortName;
            this.offset = offset;
        }

        public String module() {
            return shortName + "-service";
        }

        public int port() {
            return PORT_BASE + offset;
        }

        /** The service's own address, bypassing the gateway (health checks, diagnosis). */
        public String directUri() {
            return "http://127.0.0.1:" + port();
        }
    }

    public static final int GATEWAY_PORT = PORT_BASE;
    /** A second gateway with a low registration rate, so rate limiting is tested without slowing other scenarios. */
    public static final int RATE_LIMITED_GATEWAY_PORT = PORT_BASE + 4;
    public static final String RATE_LIMITED_REGISTRATION_RATE = "5r/s";
    public static final String RATE_LIMITED_REGISTRATION_BURST = "5";
    public static final String MAX_BODY_SIZE = "1m";
    /** The moment every service's clock stands on (expo.clock.fixed): 10:00 in Shanghai on the first expo day. */
    public static final String EXPO_MOMENT = "2018-05-26T02:00:00Z";
    /** The days of the expo edition the services are configured for (expo.days). */
    public static final List<String> EXPO_DAYS = List.of("2018-05-26", "2018-05-27", "2018-05-28", "2018-05-29");

    // a busy build machine may need longer: -Dexposuite.startup-timeout-seconds=180
    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(Long.getLong("exposuite.startup-timeout-seconds", 90));

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
            // what an earlier run left behind (its JVM was killed) is recorded in the same run dir
            launch("stop");
            launch("start");
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
        launch("stop", service.shortName);
    }

    /** Kills one service with SIGKILL, as a crash would: no graceful shutdown; the gateway keeps running. */
    public static synchronized void kill(Service service) {
        ensureRunning();
        launch("kill", service.shortName);
    }

    /** Freezes one service (SIGSTOP), as a hung process: connections to it are accepted, nothing answers. */
    public static synchronized void hang(Service service) {
        ensureRunning();
        launch("pause", service.shortName);
    }

    /** Lets a frozen service run on (SIGCONT); it then handles what was sent to it meanwhile. */
    public static synchronized void resume(Service service) {
        ensureRunning();
        launch("resume", service.shortName);
    }

    /**
     * Stops the services and starts them again, keeping their data, with these settings (environment variables, e.g.
     * EXPO_BADGE_VERIFICATION_MAX_AGE) on top of the suite's; an empty map brings back the suite's own settings.
     */
    public static synchronized void restart(Map<String, String> settings, Service... services) {
        ensureRunning();
        String[] parts = Arrays.stream(services).map(service -> service.shortName).toArray(String[]::new);
        launcher().run(prepend("stop", parts));
        launcher(settings).run(prepend("start", parts));
    }

    /** A service's own log (its console output), for checks on what it reported. */
    public static Path log(Service service) {
        return work().resolve("logs").resolve(service.shortName + ".log");
    }

    private static String[] prepend(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** Starts a stopped or killed service again, keeping its data, and waits until it is ready. */
    public static synchronized void start(Service service) {
        ensureRunning();
        if (!launcher().running(service.shortName)) {
            launch("start", service.shortName);
        }
    }

    /** Stops every process the suite started; the next {@link #ensureRunning()} starts afresh. */
    public static synchronized void stopAll() {
        if (running || startupFailure != null) {
            launch("stop");
        }
        running = false;
    }

    /** Forgets a failed start, so a new test session may try again. */
    static synchronized void reset() {
        stopAll();
        startupFailure = null;
    }

    private static void launch(String... arguments) {
        launcher().run(arguments);
    }

    /** The launcher with this suite's settings. */
    private static Launcher launcher() {
        return launcher(Map.of());
    }

    /** The launcher with this suite's settings and, on top of them, these. */
    private static Launcher launcher(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of(
                // the main gateway lets the scenarios register freely; the second one is there to be rate limited
                "REGISTRATION_RATE", "50r/s",
                "REGISTRATION_BURST", "100",
                "EXPO_RATE_LIMITED_GATEWAY", RATE_LIMITED_REGISTRATION_RATE + ":" + RATE_LIMITED_REGISTRATION_BURST,
                // the webhook receivers of the scenarios listen on this machine, over plain http; a crashed send is retried soon
                "EXPO_WEBHOOKS_ALLOWED_HOSTS", "127.0.0.1",
                "EXPO_WEBHOOKS_CONNECT_TIMEOUT", "PT2S",
                "EXPO_WEBHOOKS_REQUEST_TIMEOUT", "PT10S"));
        settings.putAll(extra);
        return new Launcher(PORT_BASE, DATABASE_SUFFIX, work(), STARTUP_TIMEOUT, settings);
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
        if (!Files.isRegularFile(root.resolve("deploy/local/suite"))) {
            throw new IllegalStateException("expo.suite.root=" + root + " is not the Expo Suite project root");
        }
        return root;
    }

    static Path work() {
        String configured = System.getProperty("expo.suite.work");
        Path work = configured != null ? Path.of(configured) : root().resolve("deploy/system-tests/target/system-tests");
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return work.toAbsolutePath().normalize();
    }

    private static String envOr(String name, String fallback) {
        return Launcher.envOr(name, fallback);
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
