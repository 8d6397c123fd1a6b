package org.exposuite.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // The published test vector of the Standard Webhooks specification.
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330L;
    private static final byte[] SPEC_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signatureMatchesTheSpecificationsTestVector() {
        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void duringARotationBothSecretsSignSpaceSeparated() {
        String next = WebhookSignature.newSecret();
        String header = WebhookSignature.header(List.of(next, SPEC_SECRET), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);
        assertThat(header.split(" ")).containsExactly(
                WebhookSignature.sign(next, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY),
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void newSecretsCarryThePrefixAnd32RandomBytes() {
        String secret = WebhookSignature.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void addressesInsideTheNetworkAreInternal() throws Exception {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
                "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1")) {
            assertThat(ReceiverUrls.internal(InetAddress.getByName(address))).as(address).isTrue();
        }
        for (String address : List.of("8.8.8.8", "203.0.113.10", "2001:4860:4860::8888", "172.32.0.1")) {
            assertThat(ReceiverUrls.internal(InetAddress.getByName(address))).as(address).isFalse();
        }
    }
}
