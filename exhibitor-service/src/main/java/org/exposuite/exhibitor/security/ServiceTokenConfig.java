package org.exposuite.exhibitor.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/** How exhibitor-service proves itself to the other services. */
@ConfigMapping(prefix = "expo")
public interface ServiceTokenConfig {

    /** A bearer token from the identity provider (EXPO_SERVICE_TOKEN); production sets it. */
    Optional<String> serviceToken();

    DevKeys devKeys();

    /** The development key pair: only the dev and test profiles name it, to sign a short-lived service token. */
    interface DevKeys {

        @WithName("private")
        Optional<String> privateKey();

        @WithDefault("expo-suite-dev")
        String issuer();
    }
}
