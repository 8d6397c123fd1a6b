package org.exposuite.platform.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A receiver and the events it wants: exact types (registration.cancelled), a prefix (registration.*) or * for all. */
public record SubscriptionRequest(
        @NotBlank @Size(max = 2000) String url,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Size(max = 64) @Pattern(regexp = TYPE_PATTERN,
                message = "must be an event type such as registration.cancelled, a prefix such as registration.*, or *") String> types) {

    public static final String TYPE_PATTERN = "\\*|[a-z][a-z_]*(\\.[a-z][a-z_]*)*(\\.\\*)?";
}
