package org.exposuite.exhibitor.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An organizer approves an application onto a booth of the floor plan. */
public record ApprovalRequest(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]*", message = "must be a booth code") String boothCode) {
}
