package org.exposuite.systemtests;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.web.api.Web;
import org.exposuite.systemtests.OpenApiDocuments.Operation;
import org.exposuite.systemtests.OpenApiDocuments.Parameter;

/**
 * Requests for one operation, generated from its documented schema and then mutated the way a careless or hostile
 * client would: fields missing, extra, of the wrong kind or far too long, odd Unicode, huge numbers, impossible dates,
 * path parameters that are no id, bodies that are no JSON object, bogus headers and broken tokens.
 *
 * <p>Every text the generator writes carries the request's marker ({@code fz<number>q}), so a row in a database can be
 * traced back to the request that wrote it.
 */
final class FuzzRequests {

    /** A request ready to send, and a short account of what was done to it. */
    record FuzzRequest(int number, Operation operation, String method, String pathAndQuery, Map<String, String> headers,
                       byte[] body, String what) {

        /** A dot segment in the path ("/api/booths/..") makes the request one for another path. */
        boolean retargeted() {
            return DOT_SEGMENT.matcher(pathAndQuery.split("\\?", 2)[0]).find();
        }
    }

    private static final Pattern DOT_SEGMENT = Pattern.compile("(?i)/(\\.|%2e){1,2}(/|$)");

    /** What the suite already holds, so part of the requests reach real records. */
    record Known(Map<String, List<String>> byName, Map<String, String> secretsByScheme, String badgeToken,
                 Function<String, String> tokenForRole, Function<String, String> expiredTokenForRole) {

        List<String> values(String name) {
            return byName.getOrDefault(name, List.of());
        }
    }

    static final String LONE_HIGH = "\uE000LONE-HIGH\uE000";
    static final String LONE_LOW = "\uE000LONE-LOW\uE000";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper ESCAPING_JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int GEN_SIZE = 1000;

    /** Text no service should ever have to store as it is. */
    private static final Arbitrary<String> ODD_TEXT = Arbitraries.oneOf(
            Arbitraries.of("\u0000", "a\u0000b", LONE_HIGH, LONE_LOW, "x" + LONE_HIGH + "y", "\u202Eevil\u202C", "\u200F\u05E9\u05DC\u05D5\u05DD",
                    "\u200B", "\uFEFF", "😀👩‍👩‍👧🇨🇳", "Z\u0324\u0308a\u0336l\u0322g\u0337o", "\uFFFF", "\uD840\uDC0B", "' OR '1'='1",
                    "<script>alert(1)</script>", "${jndi:ldap://x}", "%00", "../../etc/passwd", "\\", "\"", "\t\r\n", " ", "",
                    "null", "true", "-0", "NaN", "贵阳数据", "ﷺ", "\u0301", "\u2028\u2029"),
            Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40),
            Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMinLength(1).ofMaxLength(5),
            Arbitraries.strings().withCharRange('\u0590', '\u06FF').ofMinLength(1).ofMaxLength(20));
    /** 10,000 characters: a generated stretch of 100, a hundred times (cheaper to make than 10,000 drawn one by one). */
    private static final Arbitrary<String> HUGE_TEXT = Arbitraries.oneOf(
            Arbitraries.strings().alpha().ofLength(100).map(stretch -> stretch.repeat(100)),
            Arbitraries.strings().all().ofLength(100).map(stretch -> stretch.repeat(100)),
            Arbitraries.just("😀".repeat(5_000)));
    private static final Arbitrary<Object> HUGE_NUMBER = Arbitraries.oneOf(
            Arbitraries.bigIntegers().between(BigInteger.TEN.pow(19), BigInteger.TEN.pow(40)).map(Object.class::cast),
            Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1, -1L, 0L, (long) Integer.MIN_VALUE)
                    .map(Object.class::cast),
            Arbitraries.of(1e308, -1e308, 4.9e-324, 0.5, -0.0, 1.5e10).map(Object.class::cast));
    private static final Arbitrary<String> BAD_DATE = Arbitraries.of("2018-02-30", "2018-13-01", "2018-05-32", "26/05/2018",
            "2018-05-26T25:00:00Z", "0000-00-00", "+999999999-12-31", "-000001-01-01", "2018-5-26", "20180526", "yesterday",
            "2018-05-26T14:00:00", "2018-05-26 14:00", "1970-01-01T00:00:00+25:00", "9999-12-31T23:59:59Z", "");
    private static final Arbitrary<String> NOT_AN_ID = Arbitraries.oneOf(
            Arbitraries.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", "-1", "0", "99999999999999999999999", "1.5",
                    "1e3", "NaN", "%2e%2e", "..", ".", "%2F", "a%2Fb", "%25", "%00", "%", "%zz", "~", "'", "\"", "<>", "{id}",
                    "😀", "贵阳", "\u202E", "null", "undefined", "true", " ", "+", "x".repeat(300)),
            Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30),
            Arbitraries.strings().alpha().numeric().withChars("-_.~").ofMinLength(1).ofMaxLength(80));
    private static final Arbitrary<String> WHOLE_BODY = Arbitraries.of("", " ", "null", "[]", "[{}]", "123", "-1", "\"text\"",
            "true", "{", "{\"a\":", "{\"a\" 1}", "{}{}", "{},", "\uFEFF{}", "{\"a\":NaN}", "{'a':1}", "{\"a\":1,\"a\":2}",
            "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000), "\u0000",
            "<xml/>", "a=1&b=2", "1e999999");
    private static final Arbitrary<String> CONTENT_TYPES = Arbitraries.of("application/json", "application/json; charset=utf-8",
            "application/json; charset=latin1", "text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/problem+json", "*/*", "garbage", "application/json; charset=nope", "");
    private static final Arbitrary<String> ACCEPTS = Arbitraries.of("application/json", "*/*", "application/xml", "text/html",
            "image/png", "application/problem+json", "text/csv", "nonsense", "application/json;q=0");

    private static final Arbitrary<String> SECRET_TAIL = Arbitraries.strings().alpha().numeric().ofLength(43);
    private static final Arbitrary<String> EMAILS = Web.emails();
    /** A secret of the right kind nobody holds, for the self-service schemes of the documents. */
    private static final Map<String, String> SECRET_PREFIXES = Map.of("attendeeSecret", "rs_", "waitingListSecret", "wl_",
            "exhibitorSecret", "ex_");
    private static final Arbitrary<String> CODE_TAIL = Arbitraries.strings().withCharRange('A', 'Z').ofLength(4);
    private static final Arbitrary<String> WORD = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);

    private final Random random;
    private final Known known;
    private final OpenApiDocuments documents;
    private final Map<Arbitrary<?>, RandomGenerator<?>> generators = new IdentityHashMap<>();

    FuzzRequests(long seed, Known known, OpenApiDocuments documents) {
        this.random = new Random(seed);
        this.known = known;
        this.documents = documents;
    }

    /** The next request for the operation; {@code number} becomes its marker. */
    FuzzRequest next(int number, Operation operation) {
        List<String> what = new ArrayList<>();
        String marker = "fz" + number + "q";
        Map<String, String> headers = new LinkedHashMap<>();
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : operation.parameters()) {
            switch (parameter.in()) {
                case "path" -> path = path.replace("{" + parameter.name() + "}", pathValue(operation, parameter, what));
                case "query" -> queryValue(parameter, query, what, marker);
                case "header" -> {
                    if (chance(0.7)) {
                        headers.put(parameter.name(), headerValue(parameter, what));
                    }
                }
                default -> {
                }
            }
        }
        if (chance(0.1)) {
            appendQuery(query, pick(List.of("fz", "page", "size", "sort", "q", "debug")), pick(ODD_TEXT));
            what.add("extra query parameter");
        }
        authorization(operation, headers, what);
        byte[] body = null;
        if (operation.bodySchema() != null || chance(0.05)) {
            body = body(operation, marker, headers, what);
        }
        bogusHeaders(headers, what);
        String pathAndQuery = query.isEmpty() ? path : path + "?" + query;
        return new FuzzRequest(number, operation, operation.method().toUpperCase(Locale.ROOT), pathAndQuery, headers, body,
                what.isEmpty() ? "as documented" : String.join(", ", what));
    }

    // --- path, query and header parameters

    private String pathValue(Operation operation, Parameter parameter, List<String> what) {
        // the same name means another record under another collection: /api/pavilions/{code}, /api/booths/{code}
        String collection = operation.path().split("/")[2];
        List<String> knownValues = known.values(collection + ":" + parameter.name());
        if (knownValues.isEmpty()) {
            knownValues = known.values(parameter.name());
        }
        double roll = random.nextDouble();
        if (roll < realTargetChance(operation, 0.45) && !knownValues.isEmpty()) {
            return encode(pick(knownValues));
        }
        if (roll < 0.7) {
            return encode(plainValue(parameter.schema(), parameter.name(), "fz0q"));
        }
        what.add("path " + parameter.name() + " no valid id");
        String value = pick(NOT_AN_ID);
        // a few values go as they are: a raw %00 or %2F is what a hand-typed URL carries
        return value.startsWith("%") && chance(0.5) ? value : encode(value);
    }

    private void queryValue(Parameter parameter, StringBuilder query, List<String> what, String marker) {
        if (!parameter.required() && chance(0.5)) {
            return;
        }
        String value;
        double roll = random.nextDouble();
        if (roll < 0.6) {
            value = plainValue(parameter.schema(), parameter.name(), marker);
        } else {
            what.add("query " + parameter.name() + " wrong");
            value = switch (random.nextInt(4)) {
                case 0 -> String.valueOf(pick(HUGE_NUMBER));
                case 1 -> pick(BAD_DATE);
                case 2 -> pick(HUGE_TEXT).substring(0, 2_000);
                default -> pick(ODD_TEXT);
            };
        }
        appendQuery(query, parameter.name(), value);
    }

    private String headerValue(Parameter parameter, List<String> what) {
        if (parameter.name().equalsIgnoreCase("Idempotency-Key") && chance(0.3)) {
            what.add("odd Idempotency-Key");
            return pick(List.of("", " ", "x".repeat(500), "key with spaces", "k\u00e9y", "%00", "a,b"));
        }
        return UUID.randomUUID().toString();
    }

    private void authorization(Operation operation, Map<String, String> headers, List<String> what) {
        if (operation.publicOperation()) {
            if (chance(0.1)) {
                headers.put("Authorization", brokenCredential());
                what.add("needless broken credential");
            }
            return;
        }
        String scheme = pick(operation.security());
        double roll = random.nextDouble();
        if (roll < 0.08) {
            what.add("no credential");
            return;
        }
        if (roll < 0.5) {
            what.add("broken credential");
            headers.put("Authorization", brokenCredential());
            return;
        }
        switch (scheme) {
            case "jwt", "SecurityScheme" -> {
                String role = random.nextDouble() < 0.7 ? "organizer" : pick(List.of("scanner", "service"));
                headers.put("Authorization", "Bearer " + known.tokenForRole().apply(role));
                what.add(role + " token");
            }
            case "badge" -> headers.put("Authorization", "Badge " + known.badgeToken());
            default -> headers.put("Authorization", "Bearer " + (chance(realTargetChance(operation, 1))
                    ? known.secretsByScheme().getOrDefault(scheme, "rs_unknown") : SECRET_PREFIXES.getOrDefault(scheme, "rs_") + pick(SECRET_TAIL)));
        }
    }

    /**
     * How often a request aims at the records the run set up. Deleting, cancelling or withdrawing them rarely keeps
     * them alive for most of the run, so the other operations meet real records too.
     */
    private static double realTargetChance(Operation operation, double usual) {
        boolean ends = operation.method().equals("delete")
                || operation.path().matches(".*/(cancellation|withdraw|rejection|reject|approval|approve)$");
        return ends ? 0.02 : usual;
    }

    private String brokenCredential() {
        String token = known.tokenForRole().apply("organizer");
        String[] parts = token.split("\\.");
        return switch (random.nextInt(12)) {
            case 0 -> "Bearer " + token.substring(0, token.length() - 3) + "AAA";
            case 1 -> "Bearer " + token.substring(0, token.length() / 2);
            case 2 -> "Bearer " + Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                    + "." + parts[1] + ".";
            case 3 -> "Bearer " + known.expiredTokenForRole().apply("organizer");
            case 4 -> "Bearer";
            case 5 -> "Basic " + Base64.getEncoder().encodeToString("organizer:expo".getBytes(StandardCharsets.UTF_8));
            case 6 -> "Bearer rs_" + pick(SECRET_TAIL);
            case 7 -> "Bearer " + pick(List.of("ex_", "wl_", "rs_", "zz_abc", "_", "ex_!!", "rs_" + "A".repeat(2_000)));
            case 8 -> "Badge " + pick(List.of("garbage", token, "eyJ.eyJ.sig", ""));
            case 9 -> "Bearer " + parts[0] + "." + parts[1] + "." + parts[2] + ".extra";
            case 10 -> "bearer  " + token;
            default -> "Bearer " + "x".repeat(5_000);
        };
    }

    private void bogusHeaders(Map<String, String> headers, List<String> what) {
        if (chance(0.15)) {
            headers.put("Accept", pick(ACCEPTS));
            what.add("Accept " + headers.get("Accept"));
        }
        if (chance(0.1)) {
            headers.put("X-Request-Id", pick(List.of("", "x".repeat(3_000), "id with spaces", "<script>", "%00", "'")));
            what.add("odd X-Request-Id");
        }
        if (chance(0.05)) {
            headers.put("X-Forwarded-For", pick(List.of("999.1.1.1", "not-an-ip", "1.2.3.4, ::1, x", "")));
            what.add("odd X-Forwarded-For");
        }
        if (chance(0.03)) {
            headers.put("Content-Encoding", pick(List.of("gzip", "br", "identity", "nonsense")));
            what.add("Content-Encoding " + headers.get("Content-Encoding"));
        }
        if (chance(0.03)) {
            headers.put("Accept-Language", "x".repeat(4_000));
            what.add("huge Accept-Language");
        }
    }

    // --- bodies

    private byte[] body(Operation operation, String marker, Map<String, String> headers, List<String> what) {
        headers.put("Content-Type", chance(0.9) ? "application/json" : pick(CONTENT_TYPES));
        if (!"application/json".equals(headers.get("Content-Type"))) {
            what.add("Content-Type " + headers.get("Content-Type"));
        }
        double roll = random.nextDouble();
        if (operation.bodySchema() == null || roll < 0.08) {
            String whole = pick(WHOLE_BODY);
            what.add("body " + (whole.length() > 20 ? whole.substring(0, 20) + "…" : whole));
            return whole.getBytes(StandardCharsets.UTF_8);
        }
        if (roll < 0.1) {
            what.add("no body");
            headers.remove("Content-Type");
            return null;
        }
        if (roll < 0.11) {
            what.add("body over the gateway's limit");
            return ("{\"a\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        if (roll < 0.12) {
            what.add("body not UTF-8");
            return new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
        }
        JsonNode body = valueFor(operation.service(), operation.bodySchema(), "", marker, 0);
        int mutations = roll < 0.4 ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            body = mutate(body, what);
        }
        return serialize(body);
    }

    private byte[] serialize(JsonNode body) {
        try {
            boolean escape = chance(0.3);
            String text = (escape ? ESCAPING_JSON : JSON).writeValueAsString(body);
            text = text.replace(escape ? "\\uE000LONE-HIGH\\uE000" : LONE_HIGH, "\\uD800")
                    .replace(escape ? "\\uE000LONE-LOW\\uE000" : LONE_LOW, "\\uDC00");
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode mutate(JsonNode body, List<String> what) {
        if (!(body instanceof ObjectNode object) || object.isEmpty()) {
            what.add("extra field on empty body");
            ObjectNode extra = NODES.objectNode();
            extra.put("fzExtra", 1);
            return extra;
        }
        ObjectNode target = deepObject(object);
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            target = object;
            object.fieldNames().forEachRemaining(names::add);
        }
        String field = pick(names);
        switch (random.nextInt(9)) {
            case 0 -> {
                target.remove(field);
                what.add("missing " + field);
            }
            case 1 -> {
                target.set("fz" + pick(List.of("Extra", "_id", "Admin", "Status")), randomJson());
                what.add("extra field");
            }
            case 2 -> {
                target.set(field, wrongType(target.get(field)));
                what.add(field + " wrong type");
            }
            case 3 -> {
                target.put(field, pick(HUGE_TEXT));
                what.add(field + " 10k characters");
            }
            case 4 -> {
                target.put(field, pick(ODD_TEXT));
                what.add(field + " odd text");
            }
            case 5 -> {
                Object number = pick(HUGE_NUMBER);
                if (number instanceof BigInteger big) {
                    target.put(field, big);
                } else if (number instanceof Long l) {
                    target.put(field, l);
                } else {
                    target.put(field, (Double) number);
                }
                what.add(field + " huge number");
            }
            case 6 -> {
                target.put(field, pick(BAD_DATE));
                what.add(field + " bad date");
            }
            case 7 -> {
                target.putNull(field);
                what.add(field + " null");
            }
            default -> {
                ArrayNode many = NODES.arrayNode();
                JsonNode element = target.get(field).isArray() && !target.get(field).isEmpty() ? target.get(field).get(0) : target.get(field);
                for (int i = 0; i < 2_000; i++) {
                    many.add(element);
                }
                target.set(field, many);
                what.add(field + " 2000 times");
            }
        }
        return body;
    }

    /** The object itself or, half the time, an object nested in it (contact, consents, an item of a list). */
    private ObjectNode deepObject(ObjectNode object) {
        if (chance(0.5)) {
            List<ObjectNode> nested = new ArrayList<>();
            object.elements().forEachRemaining(child -> {
                if (child instanceof ObjectNode o) {
                    nested.add(o);
                } else if (child.isArray() && !child.isEmpty() && child.get(0) instanceof ObjectNode o) {
                    nested.add(o);
                }
            });
            if (!nested.isEmpty()) {
                return pick(nested);
            }
        }
        return object;
    }

    private JsonNode wrongType(JsonNode value) {
        List<JsonNode> others = new ArrayList<>(List.of(NODES.numberNode(42), NODES.textNode("42"), NODES.booleanNode(true),
                NODES.objectNode().put("fz", 1), NODES.arrayNode().add("fz"), NODES.numberNode(4.2), NODES.arrayNode()));
        others.removeIf(other -> value != null && other.getNodeType() == value.getNodeType());
        return pick(others);
    }

    private JsonNode randomJson() {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.textNode(pick(ODD_TEXT));
            case 1 -> NODES.numberNode(random.nextLong());
            case 2 -> NODES.objectNode().put("nested", "fz");
            case 3 -> NODES.arrayNode().add(1).add("two");
            default -> NODES.nullNode();
        };
    }

    // --- values that follow the schema

    private JsonNode valueFor(String service, JsonNode schema, String name, String marker, int depth) {
        JsonNode resolved = schema;
        if (schema.has("$ref")) {
            resolved = documents.resolve(service, schema);
        }
        if (resolved.has("allOf") && resolved.get("allOf").size() > 0) {
            resolved = documents.resolve(service, resolved.get("allOf").get(0));
        }
        if (resolved.has("oneOf") || resolved.has("anyOf")) {
            JsonNode options = resolved.has("oneOf") ? resolved.get("oneOf") : resolved.get("anyOf");
            resolved = documents.resolve(service, options.get(random.nextInt(options.size())));
        }
        if (resolved.has("enum")) {
            JsonNode values = resolved.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        String type = type(resolved);
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth > 4) {
                    return object;
                }
                List<String> required = new ArrayList<>();
                resolved.path("required").forEach(r -> required.add(r.asText()));
                resolved.path("properties").fields().forEachRemaining(property -> {
                    if (required.contains(property.getKey()) || chance(0.6)) {
                        object.set(property.getKey(), valueFor(service, property.getValue(), property.getKey(), marker, depth + 1));
                    }
                });
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int min = resolved.path("minItems").asInt(0);
                int max = Math.min(resolved.path("maxItems").asInt(3), 3);
                int count = Math.max(min, Math.min(max, 1 + random.nextInt(2)));
                for (int i = 0; i < count; i++) {
                    array.add(valueFor(service, resolved.path("items"), singular(name), marker, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(integer(resolved, name));
            }
            case "number" -> {
                return NODES.numberNode(integer(resolved, name) + (chance(0.5) ? 0.5 : 0));
            }
            case "boolean" -> {
                return NODES.booleanNode(name.equals("privacyPolicy") ? chance(0.95) : random.nextBoolean());
            }
            default -> {
                return NODES.textNode(plainValue(resolved, name, marker));
            }
        }
    }

    /** A value of the documented kind, shaped by the field's name (codes, e-mail addresses, days, countries). */
    private String plainValue(JsonNode schema, String name, String marker) {
        JsonNode resolved = schema;
        if (resolved.has("enum")) {
            JsonNode values = resolved.get("enum");
            return values.get(random.nextInt(values.size())).asText();
        }
        List<String> knownValues = known.values(name);
        if (!knownValues.isEmpty() && chance(0.7)) {
            return pick(knownValues);
        }
        String type = type(resolved);
        String format = resolved.path("format").asText("");
        String lower = name.toLowerCase(Locale.ROOT);
        if (type.equals("integer") || type.equals("number")) {
            return String.valueOf(integer(resolved, name));
        }
        if (type.equals("boolean")) {
            return String.valueOf(random.nextBoolean());
        }
        if (format.equals("uuid") || lower.endsWith("id")) {
            return UUID.randomUUID().toString();
        }
        if (format.equals("date") || lower.equals("day") || lower.endsWith("days")) {
            return chance(0.8) ? pick(Suite.EXPO_DAYS) : pick(List.of("2018-05-25", "2018-05-30", "2026-01-01"));
        }
        if (format.equals("date-time") || lower.endsWith("at")) {
            return pick(List.of("2018-05-26T14:00:00+08:00", "2018-05-26T16:00:00+08:00", "2018-05-27T09:30:00Z", "2018-05-26T02:00:00Z"));
        }
        if (lower.contains("email")) {
            String address = pick(EMAILS);
            return chance(0.8) ? marker + "." + random.nextInt(1_000_000) + "@fuzz.systest.expo-suite.org" : marker + address;
        }
        if (lower.contains("phone")) {
            return "+86 851 " + (1000 + random.nextInt(9000)) + " " + (1000 + random.nextInt(9000));
        }
        if (lower.equals("country")) {
            return pick(List.of("CN", "DE", "US", "FR", "JP", "XX", "cn", "China"));
        }
        if (lower.equals("website") || lower.endsWith("url")) {
            return "https://" + marker + ".example.cn";
        }
        if (lower.equals("code") || lower.endsWith("code")) {
            return marker.toUpperCase(Locale.ROOT) + pick(CODE_TAIL);
        }
        if (lower.equals("theme") || lower.endsWith("themes")) {
            return pick(List.of("Digital Applications", "Frontier Technology", "International", "Belt and Road"));
        }
        int maxLength = resolved.path("maxLength").asInt(60);
        String text = marker + " " + pick(WORD);
        return text.length() > maxLength ? text.substring(0, Math.max(1, maxLength)) : text;
    }

    private long integer(JsonNode schema, String name) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : 1_000;
        if (name.equals("page")) {
            max = Math.min(max, 3);
        }
        if (name.equals("size")) {
            max = Math.min(max, 50);
            min = Math.max(min, 1);
        }
        if (max <= min) {
            return min;
        }
        // small values most of the time, the documented edges now and then
        double roll = random.nextDouble();
        if (roll < 0.1) {
            return min;
        }
        if (roll < 0.2) {
            return max;
        }
        return min + (long) (random.nextDouble() * Math.min(max - min, 500));
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!option.asText().equals("null")) {
                    return option.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private static void appendQuery(StringBuilder query, String name, String value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(encode(name)).append('=').append(encode(value));
    }

    /** Percent-encodes everything but the unreserved characters; a lone surrogate becomes '?' as any UTF-8 encoder does. */
    private static String encode(String value) {
        return URLEncoder.encode(value.replace(LONE_HIGH, "\uD800").replace(LONE_LOW, "\uDC00"), StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SuppressWarnings("unchecked")
    private <T> T pick(Arbitrary<T> arbitrary) {
        RandomGenerator<T> generator = (RandomGenerator<T>) generators.computeIfAbsent(arbitrary,
                key -> key.generatorWithEmbeddedEdgeCases(GEN_SIZE));
        return generator.next(random).value();
    }
}
