package org.exposuite.exhibitor.security;

import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This service's client at the expo's identity provider (quarkus.oidc-client.*). The OIDC client treats a missing
 * setting as "disabled" and would fail only at the first call, so the settings are checked here and named at start.
 */
@ApplicationScoped
public class IdentityProviderClient {

    @ConfigProperty(name = "quarkus.oidc-client.auth-server-url")
    Optional<String> authServerUrl;

    @ConfigProperty(name = "quarkus.oidc-client.token-path")
    Optional<String> tokenPath;

    @ConfigProperty(name = "quarkus.oidc-client.client-id")
    Optional<String> clientId;

    @ConfigProperty(name = "quarkus.oidc-client.credentials.secret")
    Optional<String> secret;

    /** Stops the start naming every setting the token request needs and does not have. */
    void requireSettings() {
        List<String> missing = new ArrayList<>();
        if (blank(authServerUrl) && !tokenPath.map(path -> path.startsWith("http://") || path.startsWith("https://")).orElse(false)) {
            missing.add("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL (quarkus.oidc-client.auth-server-url: the identity provider's issuer URL)");
        }
        if (blank(clientId)) {
            missing.add("QUARKUS_OIDC_CLIENT_CLIENT_ID (quarkus.oidc-client.client-id: exhibitor-service's client at the identity provider)");
        }
        if (blank(secret)) {
            missing.add("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET (quarkus.oidc-client.credentials.secret: that client's secret)");
        }
        if (!missing.isEmpty()) {
            throw new ConfigurationException("exhibitor-service cannot obtain its service token by client credentials; set "
                    + String.join(", ", missing));
        }
    }

    private static boolean blank(Optional<String> value) {
        return value.map(String::isBlank).orElse(true);
    }
}
