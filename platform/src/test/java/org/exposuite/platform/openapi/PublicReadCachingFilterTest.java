package org.exposuite.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.exposuite.platform.cache.PublicRead;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

class PublicReadCachingFilterTest {

    static class PavilionResource {

        @PublicRead(maxAgeSeconds = 2, staleWhileRevalidateSeconds = 3)
        @Operation(operationId = "listPavilions")
        public List<String> list() {
            return List.of();
        }

        @PublicRead(maxAgeSeconds = 5)
        @Operation(operationId = "getPavilion")
        public String get() {
            return "";
        }

        @Operation(operationId = "occupancy")
        public String occupancy() {
            return "";
        }
    }

    static class UnnamedResource {

        @PublicRead(maxAgeSeconds = 1)
        public String read() {
            return "";
        }
    }

    @Test
    void publicReadTakesIfNoneMatchAndAnswersWithValidatorsAnd304() throws IOException {
        OpenAPI document = document();

        new PublicReadCachingFilter(Index.of(PavilionResource.class)).filterOpenAPI(document);

        var list = document.getPaths().getPathItem("/api/pavilions").getGET();
        assertThat(list.getParameters()).singleElement().satisfies(parameter -> {
            assertThat(parameter.getName()).isEqualTo("If-None-Match");
            assertThat(parameter.getIn()).hasToString("header");
            assertThat(parameter.getRequired()).isFalse();
        });
        APIResponse ok = list.getResponses().getAPIResponse("200");
        assertThat(ok.getDescription()).isEqualTo("The pavilions");
        assertThat(ok.getHeaders()).containsOnlyKeys("ETag", "Cache-Control");
        assertThat(ok.getHeaders().get("Cache-Control").getDescription()).endsWith("public, max-age=2, stale-while-revalidate=3");
        assertThat(list.getResponses().getAPIResponses().keySet()).containsExactly("200", "304");
        APIResponse notModified = list.getResponses().getAPIResponse("304");
        assertThat(notModified.getContent()).isNull();
        assertThat(notModified.getHeaders()).containsOnlyKeys("ETag", "Cache-Control");
        // the default stale-while-revalidate of the annotation
        assertThat(document.getPaths().getPathItem("/api/pavilions/{code}").getGET().getResponses().getAPIResponse("200")
                .getHeaders().get("Cache-Control").getDescription()).endsWith("public, max-age=5, stale-while-revalidate=2");
    }

    @Test
    void otherOperationsAreLeftAsTheyAre() throws IOException {
        OpenAPI document = document();

        new PublicReadCachingFilter(Index.of(PavilionResource.class)).filterOpenAPI(document);

        var occupancy = document.getPaths().getPathItem("/api/pavilions/{code}/occupancy").getGET();
        assertThat(occupancy.getParameters()).isNull();
        assertThat(occupancy.getResponses().getAPIResponses()).containsOnlyKeys("200");
        assertThat(occupancy.getResponses().getAPIResponse("200").getHeaders()).isNull();
    }

    @Test
    void publicReadWithoutAnOperationIdFailsTheBuild() {
        assertThatThrownBy(() -> new PublicReadCachingFilter(Index.of(UnnamedResource.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("UnnamedResource.read");
    }

    private static OpenAPI document() {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/pavilions", OASFactory.createPathItem().GET(read("listPavilions", "The pavilions")))
                .addPathItem("/api/pavilions/{code}", OASFactory.createPathItem().GET(read("getPavilion", "The pavilion")))
                .addPathItem("/api/pavilions/{code}/occupancy", OASFactory.createPathItem().GET(read("occupancy", "Now"))));
    }

    private static org.eclipse.microprofile.openapi.models.Operation read(String id, String description) {
        return OASFactory.createOperation().operationId(id).security(List.of())
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description(description)));
    }
}
