package org.exposuite.registration.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.platform.time.ExpoEdition;
import org.exposuite.registration.api.DecisionRequest;
import org.exposuite.registration.api.NewRegistration;
import org.exposuite.registration.api.RegistrationCreated;
import org.exposuite.registration.api.RegistrationPage;
import org.exposuite.registration.api.RegistrationStatistics;
import org.exposuite.registration.api.RegistrationView;
import org.exposuite.registration.api.Rejection;
import org.exposuite.registration.api.SharedContact;
import org.exposuite.registration.domain.RegistrationStatus;
import org.exposuite.registration.service.RegistrationAdministration;
import org.exposuite.registration.service.RegistrationFilter;
import org.exposuite.registration.service.RegistrationService;
import org.exposuite.registration.service.StaffBadges;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/registrations")
@Tag(name = "Registrations", description = "Registering for the expo, and the organizers' administration of registrations")
public class RegistrationResource {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    @Inject
    RegistrationService registrations;

    @Inject
    RegistrationAdministration administration;

    @Inject
    SecurityIdentity identity;

    @Inject
    ExpoEdition edition;

    @Inject
    StaffBadges staff;

    @POST
    @PermitAll
    @Operation(operationId = "register", summary = "Register for the expo",
            description = "No account needed. The answer holds a secret, shown only this once, to read, change, cancel, export or erase"
                    + " the registration (send it as 'Authorization: Bearer rs_…'). Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Registered (or the replayed first answer to the same Idempotency-Key and body)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegistrationCreated.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the answer names each")
    @APIResponse(responseCode = "409", description = "Category or a chosen day full, already registered, not on sale, or the same key still in flight")
    @APIResponse(responseCode = "422", description = "Unknown category or day, invitation code not valid, or the Idempotency-Key was used with another body")
    @APIResponse(responseCode = "429", description = "Too many registration attempts from this address: the gateway limits them per client"
            + " (REGISTRATION_RATE, REGISTRATION_BURST) and answers this itself")
    public RestResponse<RegistrationCreated> register(
            @Valid @NotNull NewRegistration request,
            @Parameter(description = "Client-chosen unique key (e.g. a UUID) that makes retries safe; kept at least 24 hours")
            @RestHeader("Idempotency-Key") String idempotencyKey) {
        return registrations.register(request, idempotencyKey).toResponse();
    }

    @GET
    @RolesAllowed("organizer")
    @Operation(operationId = "searchRegistrations", summary = "Search registrations",
            description = "Filters combine; q searches names, e-mail, organization and confirmation code. Newest first.")
    @APIResponse(responseCode = "200", description = "One page and the number of all matches")
    @APIResponse(responseCode = "400", description = "A filter or paging value is wrong")
    public RegistrationPage search(
            @QueryParam("category") @Size(max = 32) String category,
            @QueryParam("day") @Size(max = 10) @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date such as 2018-05-26") String day,
            @QueryParam("status") @Size(max = 9) @Pattern(regexp = "PENDING|CONFIRMED|REJECTED|CANCELLED|ERASED", message = "must be PENDING, CONFIRMED, REJECTED, CANCELLED or ERASED") String status,
            @QueryParam("country") @Size(max = 2) @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code") String country,
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(RegistrationAdministration.MAX_PAGE_SIZE) int size) {
        return administration.search(filter(category, day, status, country, q), page, size, actor());
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @RolesAllowed("organizer")
    @Operation(operationId = "exportRegistrations", summary = "Export the filtered registrations as CSV",
            description = "UTF-8 with byte order mark and CRLF, so spreadsheet programs show Chinese names correctly; times in the expo's time zone; streamed.")
    @APIResponse(responseCode = "200", description = "The CSV file")
    public RestResponse<StreamingOutput> export(
            @QueryParam("category") @Size(max = 32) String category,
            @QueryParam("day") @Size(max = 10) @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date such as 2018-05-26") String day,
            @QueryParam("status") @Size(max = 9) @Pattern(regexp = "PENDING|CONFIRMED|REJECTED|CANCELLED|ERASED", message = "must be PENDING, CONFIRMED, REJECTED, CANCELLED or ERASED") String status,
            @QueryParam("country") @Size(max = 2) @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code") String country,
            @QueryParam("q") @Size(max = 100) String q) {
        RegistrationFilter filter = filter(category, day, status, country, q);
        administration.recordExport(filter, actor());
        StreamingOutput body = output -> {
            try (RegistrationCsv csv = new RegistrationCsv(output, edition.zone())) {
                administration.export(filter, csv::write);
            }
        };
        return RestResponse.ResponseBuilder.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"registrations.csv\"")
                .build();
    }

    @GET
    @Path("statistics")
    @RolesAllowed("organizer")
    @Operation(operationId = "registrationStatistics", summary = "Count registrations by status, category, day and country, with the places that remain")
    @APIResponse(responseCode = "200", description = "The counts")
    public RegistrationStatistics statistics() {
        return administration.statistics(actor());
    }

    @GET
    @Path("{id: " + UUID_PATTERN + "}")
    @RolesAllowed("organizer")
    @Operation(operationId = "getRegistration", summary = "Read one registration")
    @APIResponse(responseCode = "200", description = "The registration")
    @APIResponse(responseCode = "404", description = "No such registration")
    public RegistrationView detail(@RestPath UUID id) {
        return administration.detail(id, actor());
    }

    @POST
    @Path("{id: " + UUID_PATTERN + "}/approval")
    @RolesAllowed("organizer")
    @Operation(operationId = "approveRegistration", summary = "Approve a pending registration")
    @APIResponse(responseCode = "200", description = "Confirmed (also when it already was)")
    @APIResponse(responseCode = "404", description = "No such registration")
    @APIResponse(responseCode = "409", description = "Not pending")
    public RegistrationView approve(@RestPath UUID id) {
        return administration.approve(id, actor());
    }

    @POST
    @Path("{id: " + UUID_PATTERN + "}/rejection")
    @RolesAllowed("organizer")
    @Operation(operationId = "rejectRegistration", summary = "Reject a pending registration, with the reason; its places are freed")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "400", description = "The reason is missing")
    @APIResponse(responseCode = "404", description = "No such registration")
    @APIResponse(responseCode = "409", description = "Not pending")
    public RegistrationView reject(@RestPath UUID id, @Valid @NotNull Rejection rejection) {
        return administration.reject(id, rejection.reason().trim(), actor());
    }

    @POST
    @Path("{id: " + UUID_PATTERN + "}/cancellation")
    @RolesAllowed("organizer")
    @Operation(operationId = "cancelRegistration", summary = "Cancel a registration; its places are freed")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "404", description = "No such registration")
    @APIResponse(responseCode = "409", description = "Not active")
    public RegistrationView cancel(@RestPath UUID id, @Valid DecisionRequest decision) {
        return administration.cancel(id, decision == null ? null : decision.reason(), actor());
    }

    @GET
    @Path("{id: " + UUID_PATTERN + "}/shared-contact")
    @RolesAllowed("service")
    @Operation(operationId = "getSharedContact", summary = "Contact details of an attendee who agreed to share them with exhibitors (for lead retrieval)")
    @APIResponse(responseCode = "200", description = "The contact details")
    @APIResponse(responseCode = "404", description = "No such registration, or the attendee did not agree to share")
    public SharedContact sharedContact(@RestPath UUID id) {
        return staff.sharedContact(id);
    }

    private static RegistrationFilter filter(String category, String day, String status, String country, String q) {
        return new RegistrationFilter(category, day == null ? null : calendarDay(day),
                status == null ? null : RegistrationStatus.valueOf(status), country, q);
    }

    /** The pattern checks a day's shape; this checks that the calendar has it (no 2018-02-30). */
    static LocalDate calendarDay(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("day is not a date of the calendar");
        }
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
