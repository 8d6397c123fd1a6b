package org.exposuite.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static final String TAG = CacheHeaders.entityTag("[{\"code\":\"DA\"}]".getBytes(StandardCharsets.UTF_8));

    @Test
    void sameBodySameTagOtherBodyOtherTag() {
        assertThat(CacheHeaders.entityTag("[{\"code\":\"DA\"}]".getBytes(StandardCharsets.UTF_8))).isEqualTo(TAG);
        assertThat(CacheHeaders.entityTag("[{\"code\":\"DB\"}]".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(TAG);
        assertThat(TAG).startsWith("\"").endsWith("\"");
    }

    @Test
    void currentTagMatchesAloneInAListWeakOrAsAStar() {
        assertThat(EntityTags.matches(TAG, TAG)).isTrue();
        assertThat(EntityTags.matches("\"older\", " + TAG, TAG)).isTrue();
        assertThat(EntityTags.matches("W/" + TAG, TAG)).isTrue();
        assertThat(EntityTags.matches("*", TAG)).isTrue();
    }

    @Test
    void otherOrMissingTagsDoNotMatch() {
        assertThat(EntityTags.matches(null, TAG)).isFalse();
        assertThat(EntityTags.matches("", TAG)).isFalse();
        assertThat(EntityTags.matches("\"older\"", TAG)).isFalse();
        assertThat(EntityTags.matches(TAG.replace("\"", ""), TAG)).isFalse();
    }
}
