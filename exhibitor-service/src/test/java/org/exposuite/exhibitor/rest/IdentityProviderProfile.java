package org.exposuite.exhibitor.rest;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The service as in production: no development key, its service token from the identity provider stand-in. */
public class IdentityProviderProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("expo.dev-keys.private", "", "%test.expo.dev-keys.private", "");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(IdentityProvider.class));
    }
}
