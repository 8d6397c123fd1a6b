package org.exposuite.platform.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SelfServiceSecretTest {

    private static final String SECRET = "ex_" + "Ab9-_".repeat(8) + "xyz";

    @Test
    void aNewSecretHasItsPrefixAnd256RandomBits() {
        String first = SelfServiceSecret.generate("rs");
        String second = SelfServiceSecret.generate("rs");

        assertThat(first).matches("rs_[A-Za-z0-9_-]{43}").isNotEqualTo(second);
        assertThat(SelfServiceSecret.isWellFormed(first)).isTrue();
        assertThat(SelfServiceSecret.prefixOf(first)).isEqualTo("rs");
    }

    @Test
    void aPrefixIsTwoLowerCaseLetters() {
        assertThatThrownBy(() -> SelfServiceSecret.generate("RS")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SelfServiceSecret.generate("rsv")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SelfServiceSecret.generate(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHashIsSha256InLowerCaseHex() {
        assertThat(SelfServiceSecret.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aBearerCredentialWithAKindPrefixIsClaimedAsASecretEvenWhenMalformed() {
        assertThat(SelfServiceSecret.fromAuthorization("Bearer " + SECRET)).contains(SECRET);
        assertThat(SelfServiceSecret.fromAuthorization("bearer  " + SECRET + " ")).contains(SECRET);
        assertThat(SelfServiceSecret.fromAuthorization("Bearer ex_short")).contains("ex_short");
        assertThat(SelfServiceSecret.isWellFormed("ex_short")).isFalse();
    }

    @Test
    void aJwtOrAnythingElseIsNeverClaimed() {
        assertThat(SelfServiceSecret.fromAuthorization("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvcmdhbml6ZXIifQ.c2ln")).isEmpty();
        assertThat(SelfServiceSecret.fromAuthorization("Bearer not-a-secret")).isEmpty();
        assertThat(SelfServiceSecret.fromAuthorization("Basic " + SECRET)).isEmpty();
        assertThat(SelfServiceSecret.fromAuthorization(SECRET)).isEmpty();
        assertThat(SelfServiceSecret.fromAuthorization("Bearer")).isEmpty();
        assertThat(SelfServiceSecret.fromAuthorization(null)).isEmpty();
    }
}
