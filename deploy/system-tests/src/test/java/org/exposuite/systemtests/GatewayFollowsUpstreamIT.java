package org.exposuite.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A service recreated on a new address (as a container platform does) is reached by the running gateway again
 * within seconds, without a restart: the gateway asks its resolver for the service's name while it runs.
 *
 * <p>The gateway here is the real nginx with the suite's rendered config, on a free port; its upstream names are
 * answered by a {@link NameServer} the test controls, and the "service" is a small HTTP server on 127.0.0.1, then
 * another one on 127.0.0.2 (same port).
 */
class GatewayFollowsUpstreamIT {

    private static final String REGISTRATION_NAME = "registration.expo.test";
    /** The time a recreated service may take to be reached again through the running gateway. */
    private static final Duration FOLLOW_WITHIN = Duration.ofSeconds(10);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final NameServer names = new NameServer();
    private HttpServer first;
    private HttpServer second;
    private Process gateway;

    @Test
    void recreatedServiceOnANewAddressIsReachedAgainWithoutRestartingTheGateway() throws Exception {
        int servicePort = freePort();
        first = service("127.0.0.1", servicePort, "first instance");
        names.point(REGISTRATION_NAME, "127.0.0.1");
        String gatewayUri = startGateway(REGISTRATION_NAME + ":" + servicePort);
        long gatewayPid = gateway.pid();

        assertThat(registrations(gatewayUri, Duration.ofSeconds(30), response -> response.body().equals("first instance")).body())
                .as("the service's answer through the gateway").isEqualTo("first instance");

        // the service is recreated: the old instance goes away, the new one listens elsewhere, the name follows it
        first.stop(0);
        second = service("127.0.0.2", servicePort, "second instance");
        names.point(REGISTRATION_NAME, "127.0.0.2");

        HttpResponse<String> afterMove = registrations(gatewayUri, FOLLOW_WITHIN, response -> response.body().equals("second instance"));
        assertThat(afterMove.statusCode()).isEqualTo(200);
        assertThat(afterMove.body()).as("the gateway's answer within %s of the move", FOLLOW_WITHIN).isEqualTo("second instance");
        assertThat(gateway.isAlive()).as("the gateway still runs").isTrue();
        assertThat(gateway.pid()).as("the same gateway process").isEqualTo(gatewayPid);

        // a name the resolver no longer knows (the service removed; its old instance still listening) is the service
        // being down: the gateway's 503 problem, not a 502
        names.forget(REGISTRATION_NAME);
        HttpResponse<String> gone = registrations(gatewayUri, FOLLOW_WITHIN, response -> response.statusCode() == 503);
        assertThat(gone.statusCode()).isEqualTo(503);
        assertThat(gone.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JsonPath.from(gone.body()).getString("type"))
                .isEqualTo("https://problems.expo-suite.org/gateway/service-unavailable");
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (gateway != null) {
            gateway.destroy();
            if (!gateway.waitFor(20, TimeUnit.SECONDS)) {
                gateway.destroyForcibly();
            }
        }
        for (HttpServer server : new HttpServer[] {first, second}) {
            if (server != null) {
                server.stop(0);
            }
        }
        names.close();
    }

    /** Renders the gateway with deploy/gateway/render.sh (registration by name, the others by address) and starts nginx. */
    private String startGateway(String registrationUpstream) throws Exception {
        int port = freePort();
        Path prefix = Suite.work().resolve("gateway-follows-upstream");
        Path log = Suite.work().resolve("gateway-follows-upstream.log");
        Files.createDirectories(prefix);
        int unused = freePort();
        ProcessBuilder render = new ProcessBuilder("bash", Suite.root().resolve("deploy/gateway/render.sh").toString(), prefix.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = render.environment();
        env.keySet().removeIf(key -> key.startsWith("GATEWAY_") || key.endsWith("_UPSTREAM"));
        env.put("GATEWAY_PORT", String.valueOf(port));
        env.put("GATEWAY_RESOLVER", names.address());
        env.put("REGISTRATION_UPSTREAM", registrationUpstream);
        env.put("EXHIBITOR_UPSTREAM", "127.0.0.1:" + unused);
        env.put("PAVILION_UPSTREAM", "127.0.0.1:" + unused);
        Process rendering = render.start();
        assertThat(rendering.waitFor(60, TimeUnit.SECONDS)).as("render.sh finished").isTrue();
        assertThat(rendering.exitValue()).as("render.sh exit; its output: %s", Files.readString(log)).isZero();

        gateway = new ProcessBuilder("nginx", "-e", "stderr", "-p", prefix + "/", "-c", prefix.resolve("nginx.conf").toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        String uri = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && gateway.isAlive()) {
            try {
                if (send(uri + "/gateway/health").statusCode() == 200) {
                    return uri;
                }
            } catch (IOException notYetListening) {
                // nginx is still starting
            }
            Suite.sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException("the gateway did not start; its output: " + Files.readString(log));
    }

    /** Polls GET /api/registrations/ping until an answer satisfies the condition or the time is up; returns the last. */
    private static HttpResponse<String> registrations(String gatewayUri, Duration within, Predicate<HttpResponse<String>> condition)
            throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> last;
        do {
            last = send(gatewayUri + "/api/registrations/ping");
            if (condition.test(last)) {
                return last;
            }
            Suite.sleep(Duration.ofMillis(200));
        } while (System.nanoTime() < deadline);
        return last;
    }

    private static HttpResponse<String> send(String uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10)).GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A stand-in for registration-service on one address: every request gets its name back. */
    private static HttpServer service(String address, int port, String answer) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
        server.createContext("/", exchange -> {
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
