package org.exposuite.platform.secret;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The self-service realms a service declares, found by a secret's prefix or an endpoint's role. */
@Startup
@ApplicationScoped
public class SelfServiceRealms {

    private final Map<String, SelfServiceRealm> byPrefix = new HashMap<>();
    private final Map<String, SelfServiceRealm> byRole = new HashMap<>();

    /** Checked at start-up, so two realms can never claim one prefix or one role. */
    @Inject
    SelfServiceRealms(@Any Instance<SelfServiceRealm> realms) {
        for (SelfServiceRealm realm : realms) {
            SelfServiceSecret.requireValidPrefix(realm.prefix());
            if (byPrefix.putIfAbsent(realm.prefix(), realm) != null) {
                throw new IllegalStateException("Two self-service realms declare the prefix '" + realm.prefix() + "'");
            }
            if (byRole.putIfAbsent(realm.role(), realm) != null) {
                throw new IllegalStateException("Two self-service realms declare the role '" + realm.role() + "'");
            }
        }
    }

    /** The realm a well-formed secret belongs to by its prefix; empty for a malformed secret or a foreign prefix. */
    public Optional<SelfServiceRealm> ofSecret(String secret) {
        if (!SelfServiceSecret.isWellFormed(secret)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byPrefix.get(SelfServiceSecret.prefixOf(secret)));
    }

    /** The realm whose role is among the roles an endpoint allows, if any. */
    public Optional<SelfServiceRealm> ofRoles(String... roles) {
        for (String role : roles) {
            SelfServiceRealm realm = byRole.get(role);
            if (realm != null) {
                return Optional.of(realm);
            }
        }
        return Optional.empty();
    }
}
