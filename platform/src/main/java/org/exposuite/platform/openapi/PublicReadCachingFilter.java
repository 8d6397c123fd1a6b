package org.exposuite.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.exposuite.platform.cache.CacheHeaders;
import org.exposuite.platform.cache.PublicRead;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * Says in the API document what {@link PublicRead} does: the operation takes an {@code If-None-Match}, its 200 answer
 * carries {@code ETag} and {@code Cache-Control} with the operation's freshness, and a matching tag gets 304 without a
 * body. The operations are found by their {@code @Operation(operationId)}; a public read without one fails the build.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class PublicReadCachingFilter implements OASFilter {

    static final String IF_NONE_MATCH = "If-None-Match";
    static final String ETAG = "ETag";
    static final String CACHE_CONTROL = "Cache-Control";

    private static final DotName PUBLIC_READ = DotName.createSimple(PublicRead.class);
    private static final DotName OPERATION = DotName.createSimple(org.eclipse.microprofile.openapi.annotations.Operation.class);

    /** Each public read's operation id with its Cache-Control value. */
    private final Map<String, String> cacheControlByOperation = new LinkedHashMap<>();

    /** The build hands the filter the index of the service's classes, where the annotations are read. */
    public PublicReadCachingFilter(IndexView index) {
        for (AnnotationInstance publicRead : index.getAnnotations(PUBLIC_READ)) {
            if (publicRead.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue;
            }
            var method = publicRead.target().asMethod();
            AnnotationInstance operation = method.annotation(OPERATION);
            AnnotationValue id = operation == null ? null : operation.value("operationId");
            if (id == null || id.asString().isBlank()) {
                throw new IllegalStateException(method.declaringClass().name() + "." + method.name()
                        + " is a public read without an operation id: add @Operation(operationId = ...)");
            }
            cacheControlByOperation.put(id.asString(), CacheHeaders.publicCacheControl(intValue(publicRead, "maxAgeSeconds"),
                    intValue(publicRead, "staleWhileRevalidateSeconds")));
        }
    }

    private static int intValue(AnnotationInstance annotation, String name) {
        AnnotationValue value = annotation.value(name);
        if (value != null) {
            return value.asInt();
        }
        // an element left at its default is absent from the index: the annotation itself knows it
        try {
            return (Integer) PublicRead.class.getMethod(name).getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("PublicRead has no element " + name, e);
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            Operation read = item.getGET();
            if (read != null && cacheControlByOperation.containsKey(read.getOperationId())) {
                describeCaching(read, cacheControlByOperation.get(read.getOperationId()));
            }
        });
    }

    private static void describeCaching(Operation operation, String cacheControl) {
        boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> IF_NONE_MATCH.equalsIgnoreCase(parameter.getName()));
        if (!declared) {
            operation.addParameter(OASFactory.createParameter().name(IF_NONE_MATCH).in(Parameter.In.HEADER).required(false)
                    .description("The ETag of an answer kept from before (or a list of them, or *): when it still matches,"
                            + " the answer is 304 without a body")
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(1000)));
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        APIResponse ok = responses.getAPIResponse("200");
        if (ok == null) {
            ok = OASFactory.createAPIResponse().description("OK");
            responses.addAPIResponse("200", ok);
        }
        withCachingHeaders(ok, cacheControl);
        if (!responses.hasAPIResponse("304")) {
            responses.addAPIResponse("304", withCachingHeaders(OASFactory.createAPIResponse()
                    .description("Not modified: If-None-Match names the current answer's ETag, so the kept answer is still"
                            + " the current one; no body"), cacheControl));
            // the document lists answers by status, so 304 stands after 200 rather than after the problems
            responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
        }
    }

    private static APIResponse withCachingHeaders(APIResponse response, String cacheControl) {
        return response
                .addHeader(ETAG, header("A strong validator of the answer's body, the same on every replica; send it back"
                        + " in If-None-Match", 100))
                .addHeader(CACHE_CONTROL, header("How long the answer may be kept and shared: " + cacheControl, 200));
    }

    private static Header header(String description, int maxLength) {
        return OASFactory.createHeader().description(description).required(true)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(maxLength));
    }
}
