package org.exposuite.exhibitor.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/**
 * How exhibitor-service proves itself to the other services without an identity provider: the development key pair,
 * which only the dev and test profiles (and the local run, by EXPO_DEV_KEYS_PRIVATE) name.
 */
@ConfigMapping(prefix = "expo")
public interface ServiceTokenConfig {

    DevKeys devKeys();

    /** The development key pair: only the dev and test profiles name it, to sign a short-lived service token. */
    interface DevKeys {

        @WithName("private")
        Optional<String> privateKey();

        @WithDefault("expo-suite-dev")
        String issuer();
    }
}
