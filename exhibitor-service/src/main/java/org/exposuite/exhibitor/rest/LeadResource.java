package org.exposuite.exhibitor.rest;

import static org.exposuite.exhibitor.api.ExhibitorProblem.APPLICATION_NOT_FOUND;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.exhibitor.api.LeadRequest;
import org.exposuite.exhibitor.api.LeadView;
import org.exposuite.exhibitor.security.ExhibitorRealm;
import org.exposuite.exhibitor.service.LeadService;
import org.exposuite.platform.secret.SelfServiceCaller;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Lead retrieval: the exhibitor scans visitors' badges at its stand. The exhibitor in the path must be the one
 * the secret belongs to; anyone else's leads answer 404, as if they did not exist.
 */
@Path("/api/exhibitors")
@RolesAllowed(ExhibitorRealm.ROLE)
@Tag(name = "Leads", description = "Badge scans at the stand, managed with 'Authorization: Bearer ex_…'")
@SecurityRequirement(name = "exhibitorSecret")
public class LeadResource {

    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    @Inject
    SelfServiceCaller caller;

    @Inject
    LeadService leads;

    @Inject
    Clock clock;

    @POST
    @Path("/{id: " + UUID_PATTERN + "}/leads")
    @Operation(operationId = "scanLead", summary = "Scan a visitor's badge",
            description = "The badge is checked offline with the registration's public keys. The visitor's contact is "
                    + "kept only when the visitor shares it with exhibitors. Scanning the same visitor again updates "
                    + "the rating and notes (when given) and answers 200.")
    @APIResponse(responseCode = "201", description = "A new lead",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "200", description = "The visitor was scanned before; the lead is updated",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "400", description = "Badge missing, rating not 1–5, or notes longer than 2000 characters")
    @APIResponse(responseCode = "401", description = "No secret sent")
    @APIResponse(responseCode = "404", description = "Not your exhibitor id, or the secret belongs to no application")
    @APIResponse(responseCode = "409", description = "Only approved exhibitors scan leads (exhibitor-not-approved)")
    @APIResponse(responseCode = "422", description = "The badge is malformed, forged, expired or not the expo's (badge-invalid, with reason)")
    @APIResponse(responseCode = "503", description = "The registration's badge keys cannot be fetched yet (badge-keys-unavailable)")
    public RestResponse<LeadView> scan(@PathParam("id") UUID id,
                                       @Valid @NotNull LeadRequest request) {
        LeadService.Scanned scanned = leads.scan(own(id), request);
        return RestResponse.status(scanned.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK, scanned.lead());
    }

    @GET
    @Path("/{id: " + UUID_PATTERN + "}/leads")
    @Operation(operationId = "listLeads", summary = "List your leads, in the order they were first scanned")
    @APIResponse(responseCode = "200", description = "One page of leads")
    @APIResponse(responseCode = "401", description = "No secret sent")
    @APIResponse(responseCode = "404", description = "Not your exhibitor id, or the secret belongs to no application")
    public List<LeadView> list(@PathParam("id") UUID id,
                               @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return leads.list(own(id), page, size);
    }

    @GET
    @Path("/{id: " + UUID_PATTERN + "}/leads.csv")
    @Produces("text/csv")
    @Operation(operationId = "exportLeads", summary = "Export your leads as CSV",
            description = "UTF-8 with byte order mark and CRLF, so spreadsheet programs show Chinese names correctly; "
                    + "times in the expo's time zone; streamed.")
    @APIResponse(responseCode = "200", description = "The CSV file")
    @APIResponse(responseCode = "401", description = "No secret sent")
    @APIResponse(responseCode = "404", description = "Not your exhibitor id, or the secret belongs to no application")
    public RestResponse<StreamingOutput> export(@PathParam("id") UUID id) {
        UUID exhibitorId = own(id);
        StreamingOutput body = output -> {
            try (LeadCsv csv = new LeadCsv(output, clock.getZone())) {
                leads.export(exhibitorId, csv::write);
            }
        };
        return RestResponse.ResponseBuilder.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"leads.csv\"")
                .build();
    }

    /** Another exhibitor's id answers as if it did not exist. */
    private UUID own(UUID id) {
        UUID owner = caller.id();
        if (!owner.equals(id)) {
            throw APPLICATION_NOT_FOUND.problem();
        }
        return owner;
    }
}
