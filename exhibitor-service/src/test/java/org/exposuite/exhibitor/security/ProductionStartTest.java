package org.exposuite.exhibitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The production profile has no development key: without the client secret for the identity provider it does not start. */
@QuarkusMainTest
@TestProfile(ProductionStartTest.ProductionWithoutClientSecret.class)
class ProductionStartTest {

    /** Production as configured by an operator who set everything but the client secret. */
    public static class ProductionWithoutClientSecret implements QuarkusTestProfile {

        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            String database = Optional.ofNullable(System.getenv("_TEST_QUARKUS_DATASOURCE_JDBC_URL"))
                    .orElse("jdbc:postgresql://127.0.0.1:5432/expo_exhibitor_test");
            return Map.of(
                    "quarkus.http.port", "0",
                    "quarkus.datasource.jdbc.url", database,
                    "quarkus.datasource.username", "expo",
                    "quarkus.datasource.password", "expo",
                    "mp.jwt.verify.issuer", "expo-suite-dev",
                    "mp.jwt.verify.publickey.location", "../deploy/local/dev-keys/dev-jwt-public.pem",
                    "quarkus.oidc-client.auth-server-url", "http://127.0.0.1:9/realms/expo",
                    "quarkus.oidc-client.client-id", "exhibitor-service");
        }
    }

    @Test
    @Launch(value = {}, exitCode = 1)
    void withoutTheClientSecretTheServiceRefusesToStartAndNamesTheSetting(LaunchResult result) {
        String output = result.getOutput() + result.getErrorOutput();

        assertThat(output).contains("exhibitor-service cannot obtain its service token by client credentials")
                .contains("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET")
                .doesNotContain("QUARKUS_OIDC_CLIENT_CLIENT_ID")
                .doesNotContain("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL");
    }
}
