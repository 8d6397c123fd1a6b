package org.exposuite.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.HexFormat;

/**
 * What makes two requests the same: the SHA-256 of the request as canonical JSON (object keys sorted, no spacing),
 * so the order of the fields or the spacing a client sends never turns a retry into "another request".
 */
final class RequestFingerprint {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    private RequestFingerprint() {
    }

    /** The request is turned into JSON by the service's own mapper, exactly as the service reads and writes it. */
    static String of(ObjectMapper json, Object request) {
        JsonNode tree = json.valueToTree(request);
        try {
            return HexFormat.of().formatHex(StoredKey.sha256(CANONICAL.writeValueAsBytes(tree)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }
}
