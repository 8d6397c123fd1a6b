package org.exposuite.registration.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.registration.security.BadgeKeys;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/registrations/keys")
@Tag(name = "Badges", description = "Signed badge tokens, the keys that verify them, revocations and gate check-in")
public class BadgeKeyResource {

    static final String JWK_SET = "application/jwk-set+json";

    @Inject
    BadgeKeys keys;

    @GET
    @PermitAll
    @Produces(JWK_SET)
    @Operation(operationId = "badgeKeys", summary = "The public keys that verify badge tokens (JWKS)",
            description = "Every key that signed badges still valid is listed; pick the key by the token's kid. Verify offline: ES256,"
                    + " iss expo-suite-registration, exp.")
    // the set is written as text, so the document says what that text holds: an object with the keys
    @APIResponse(responseCode = "200", description = "The key set",
            content = @Content(mediaType = JWK_SET, schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "keys")))
    public RestResponse<String> keys() {
        return RestResponse.ResponseBuilder.ok(keys.publishedKeySet(), JWK_SET)
                .header("Cache-Control", "public, max-age=300")
                .build();
    }
}
