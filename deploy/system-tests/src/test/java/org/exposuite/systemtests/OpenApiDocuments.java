package org.exposuite.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The three services' OpenAPI documents as the gateway publishes them for its documentation page
 * ({@code /docs/openapi/<service>}): every operation with its parameters, body schema and security, and a check of an
 * answer's body against the schema the operation documents for that status.
 */
final class OpenApiDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    /** A parameter of an operation: where it goes (path, query, header), its name and schema ($ref resolved). */
    record Parameter(String in, String name, boolean required, JsonNode schema) {
    }

    /** One operation of one service, as its document describes it. */
    record Operation(String service, String method, String path, List<Parameter> parameters, JsonNode bodySchema,
                     List<String> security, JsonNode responses) {

        String label() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }

        boolean publicOperation() {
            return security.isEmpty();
        }
    }

    private final Map<String, JsonNode> documents = new HashMap<>();
    private final SchemaRegistry schemas;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private OpenApiDocuments(Map<String, String> texts) {
        texts.forEach((service, text) -> {
            try {
                documents.put(service, JSON.readTree(text));
            } catch (IOException e) {
                throw new UncheckedIOException("the OpenAPI document of " + service + " is not JSON", e);
            }
        });
        Map<String, String> byLocation = new HashMap<>();
        texts.forEach((service, text) -> byLocation.put(location(service), text));
        schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder.schemas(byLocation));
    }

    /** Reads the three documents through the gateway. */
    static OpenApiDocuments fromGateway(String gateway) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, String> texts = new HashMap<>();
        for (String service : List.of("registration", "exhibitor", "pavilion")) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/docs/openapi/" + service))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("/docs/openapi/" + service + " answered " + response.statusCode());
                }
                texts.put(service, response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return new OpenApiDocuments(texts);
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        documents.forEach((service, document) -> document.path("paths").fields().forEachRemaining(path -> {
            JsonNode item = path.getValue();
            for (String method : METHODS) {
                JsonNode operation = item.get(method);
                if (operation == null) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode source : List.of(item.path("parameters"), operation.path("parameters"))) {
                    for (JsonNode parameter : source) {
                        parameters.add(new Parameter(parameter.path("in").asText(), parameter.path("name").asText(),
                                parameter.path("required").asBoolean(false), resolve(service, parameter.path("schema"))));
                    }
                }
                JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
                List<String> security = new ArrayList<>();
                operation.path("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(security::add));
                operations.add(new Operation(service, method, path.getKey(), parameters,
                        body.isMissingNode() ? null : resolve(service, body), security, operation.path("responses")));
            }
        }));
        operations.sort((a, b) -> a.label().compareTo(b.label()));
        return operations;
    }

    /** The schema behind a $ref in the service's document (one level; nested refs are resolved as they are walked). */
    JsonNode resolve(String service, JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return current;
            }
            current = documents.get(service).at(ref.substring(1));
        }
        return current;
    }

    /** What an answer's body breaks of the schema its operation documents for the status (the first five). */
    record Verdict(List<String> errors) {
    }

    /** The verdict on a JSON answer with this status, or nothing when the operation documents no schema for it. */
    Optional<Verdict> validate(Operation operation, int status, String contentType, String body) {
        JsonNode response = operation.responses().path(String.valueOf(status));
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode content = response.path("content").path(mediaType);
        if (content.path("schema").isMissingNode()) {
            return Optional.empty();
        }
        String pointer = "/paths/" + escape(operation.path()) + "/" + operation.method() + "/responses/" + status + "/content/"
                + escape(mediaType) + "/schema";
        Schema schema = compiled.computeIfAbsent(operation.service() + "#" + pointer,
                key -> schemas.getSchema(SchemaLocation.of(location(operation.service()) + "#" + pointer)));
        return Optional.of(new Verdict(schema.validate(body, InputFormat.JSON).stream().limit(5).map(Error::toString).toList()));
    }

    /** Whether the operation documents a body for this status at all. */
    boolean documents(Operation operation, int status) {
        return operation.responses().has(String.valueOf(status));
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private static String location(String service) {
        return "https://openapi.systest.expo-suite.org/" + service + ".json";
    }
}
