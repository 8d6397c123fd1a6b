package org.exposuite.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StoredKeyTest {

    private static final IdempotentOperation<String> REGISTER = IdempotentOperation.named("register", String.class);

    @Test
    void keysAreScopedToTheirOperationAndCaller() {
        StoredKey key = StoredKey.of(REGISTER, "retry-1");

        assertThat(StoredKey.of(REGISTER, "retry-1").hash).isEqualTo(key.hash);
        assertThat(StoredKey.of(IdempotentOperation.named("apply", String.class), "retry-1").hash).isNotEqualTo(key.hash);
        assertThat(StoredKey.of(REGISTER.by("exhibitor-1"), "retry-1").hash).isNotEqualTo(key.hash);
        assertThat(StoredKey.of(REGISTER.by("exhibitor-2"), "retry-1").hash)
                .isNotEqualTo(StoredKey.of(REGISTER.by("exhibitor-1"), "retry-1").hash);
        // parts cannot run into each other: caller "a" with key "b:c" is not caller "a:b" with key "c"
        assertThat(StoredKey.of(REGISTER.by("a"), "b:c").hash).isNotEqualTo(StoredKey.of(REGISTER.by("a:b"), "c").hash);
        assertThat(key.hash).matches("[0-9a-f]{64}").doesNotContain("retry-1");
    }

    @Test
    void anAnswerSealedWithOneKeyOpensOnlyWithThatKey() {
        byte[] answer = "{\"secret\":\"rs_abcdef\"}".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = StoredKey.of(REGISTER, "retry-1").seal(answer);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("rs_abcdef");
        assertThat(StoredKey.of(REGISTER, "retry-1").open(sealed)).isEqualTo(answer);
        assertThatThrownBy(() -> StoredKey.of(REGISTER, "retry-2").open(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void emptyOverlongOrNonAsciiKeysAreRefused() {
        for (String key : new String[] {"", "   ", "x".repeat(256), "schlüssel", "line\nbreak"}) {
            assertThatThrownBy(() -> StoredKey.of(REGISTER, key)).isInstanceOfSatisfying(HttpProblem.class, problem -> {
                assertThat(problem.getStatusCode()).isEqualTo(400);
                assertThat(problem.getType()).hasToString("https://problems.expo-suite.org/idempotency-key-invalid");
            });
        }
        assertThat(StoredKey.of(REGISTER, "x".repeat(255)).hash).hasSize(64);
    }
}
