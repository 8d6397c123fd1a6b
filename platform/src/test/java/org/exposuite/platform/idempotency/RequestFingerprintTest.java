package org.exposuite.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private final ObjectMapper json = JsonMapper.builder().build();

    record Visitor(String familyName, String givenName, List<String> days, Map<String, Object> extra) {
    }

    @Test
    void fieldOrderAndSpacingMakeNoOtherRequest() throws Exception {
        Object sentOneWay = json.readValue("{\"a\": 1, \"b\": {\"y\": [1, 2], \"x\": \"张\"}}", Object.class);
        Object sentAnotherWay = json.readValue("{\"b\":{\"x\":\"张\",\"y\":[1,2]},\"a\":1}", Object.class);

        assertThat(RequestFingerprint.of(json, sentOneWay)).isEqualTo(RequestFingerprint.of(json, sentAnotherWay));
    }

    @Test
    void nestedMapsAreSortedToo() {
        Map<String, Object> inserted = new LinkedHashMap<>();
        inserted.put("zone", "Asia/Shanghai");
        inserted.put("badge", "A");
        Map<String, Object> reversed = new LinkedHashMap<>();
        reversed.put("badge", "A");
        reversed.put("zone", "Asia/Shanghai");

        assertThat(RequestFingerprint.of(json, new Visitor("王", "芳", List.of("2018-05-26"), inserted)))
                .isEqualTo(RequestFingerprint.of(json, new Visitor("王", "芳", List.of("2018-05-26"), reversed)));
    }

    @Test
    void anotherValueOrAnotherOrderInAListIsAnotherRequest() {
        String first = RequestFingerprint.of(json, new Visitor("王", "芳", List.of("2018-05-26", "2018-05-27"), Map.of()));

        assertThat(RequestFingerprint.of(json, new Visitor("王", "芳", List.of("2018-05-27", "2018-05-26"), Map.of())))
                .isNotEqualTo(first);
        assertThat(RequestFingerprint.of(json, new Visitor("王", "方", List.of("2018-05-26", "2018-05-27"), Map.of())))
                .isNotEqualTo(first);
        assertThat(first).hasSize(64).matches("[0-9a-f]{64}");
    }
}
