package org.exposuite.platform.idempotency;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The answer of an operation that takes an Idempotency-Key: everything needed to answer a retry the same way.
 *
 * @param status   HTTP status of the first answer
 * @param location the Location header of the first answer, if it had one
 * @param body     the body of the first answer
 * @param replayed true when this answers a retry from the stored first answer
 */
public record IdempotentAnswer<T>(int status, URI location, T body, boolean replayed) {

    /** The header that tells a client it got the stored answer of an earlier request. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /** 201 Created, pointing at where the created resource can be managed. */
    public static <T> IdempotentAnswer<T> created(URI location, T body) {
        return new IdempotentAnswer<>(201, location, body, false);
    }

    public RestResponse<T> toResponse() {
        RestResponse.ResponseBuilder<T> response = RestResponse.ResponseBuilder.<T>create(status).entity(body);
        if (location != null) {
            response.location(location);
        }
        if (replayed) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.build();
    }
}
