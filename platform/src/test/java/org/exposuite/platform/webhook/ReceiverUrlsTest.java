package org.exposuite.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReceiverUrlsTest {

    /** The receivers' rule as production sets it: public https only, except the listed hosts. */
    private static ReceiverUrls production(String... allowedHosts) {
        ReceiverUrls urls = new ReceiverUrls();
        urls.config = (WebhookConfig) Proxy.newProxyInstance(WebhookConfig.class.getClassLoader(), new Class<?>[] {WebhookConfig.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "publicUrlsOnly" -> true;
                    case "allowedHosts" -> Optional.of(List.of(allowedHosts));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return urls;
    }

    private static void refused(ReceiverUrls urls, String url, String because) {
        assertThatThrownBy(() -> urls.check(url)).as(url).isInstanceOfSatisfying(HttpProblem.class, problem -> {
            assertThat(problem.getStatusCode()).isEqualTo(400);
            assertThat(problem.getType()).isEqualTo(WebhookProblem.URL_NOT_ALLOWED.type());
            assertThat(problem.getDetail()).contains(because);
        });
    }

    @Test
    void productionRefusesReceiversInsideTheNetworkAndPlainHttp() {
        ReceiverUrls urls = production();
        refused(urls, "https://127.0.0.1/hook", "private network");
        refused(urls, "https://10.0.0.7:8443/hook", "private network");
        refused(urls, "https://169.254.169.254/latest/meta-data", "private network");
        refused(urls, "https://[fd12:3456::1]/hook", "private network");
        refused(urls, "https://localhost/hook", "private network");
        refused(urls, "http://203.0.113.10/hook", "https");
        refused(urls, "https://user:secret@203.0.113.10/hook", "without credentials");
        refused(urls, "gopher://203.0.113.10/", "http or https");
        assertThat(urls.check("https://203.0.113.10/hooks/expo")).isEqualTo(URI.create("https://203.0.113.10/hooks/expo"));
    }

    @Test
    void aListedHostIsAllowedInsideTheNetwork() {
        ReceiverUrls urls = production("control-room.expo.internal", "127.0.0.1");
        assertThat(urls.check("http://127.0.0.1:9000/hook").getPort()).isEqualTo(9000);
        assertThat(urls.refusal(URI.create("http://control-room.expo.internal/hook"))).isEmpty();
        refused(urls, "https://10.0.0.7/hook", "private network");
    }
}
