package org.exposuite.pavilion.rest;

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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.pavilion.api.Page;
import org.exposuite.pavilion.api.ReservationView;
import org.exposuite.pavilion.api.SessionRequest;
import org.exposuite.pavilion.api.SessionView;
import org.exposuite.pavilion.domain.Session;
import org.exposuite.pavilion.service.SessionService;
import org.exposuite.platform.badge.Badge;
import org.exposuite.platform.badge.BadgeInvalidException;
import org.exposuite.platform.badge.BadgeVerifier;
import org.exposuite.platform.cache.PublicRead;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/sessions")
@Tag(name = "Sessions", description = "The programme: dialogues, forums and finals, with seats to reserve")
@SecurityScheme(securitySchemeName = "badge", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "Authorization", description = "The attendee's badge token (the QR content) as `Authorization: Badge <token>`")
public class SessionResource {

    private static final String BADGE_SCHEME = "Badge ";

    @Inject
    SessionService sessions;

    @Inject
    BadgeVerifier badges;

    @GET
    @PermitAll
    @PublicRead(maxAgeSeconds = 1, staleWhileRevalidateSeconds = 1)
    @Operation(operationId = "programme", summary = "The programme, by start time, filtered by day (in the expo's time zone), theme, pavilion and kind, with seats left")
    @APIResponse(responseCode = "200", description = "One page of sessions")
    @APIResponse(responseCode = "400", description = "A filter or the paging is wrong")
    public Page<SessionView> programme(
            @QueryParam("day") @Size(max = 10) @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String day,
            @QueryParam("theme") @Size(max = 100) String theme,
            @QueryParam("pavilion") @Size(max = 16) String pavilion,
            @QueryParam("kind") @Size(max = 8) @Pattern(regexp = "DIALOGUE|FORUM|FINAL|CEREMONY|WORKSHOP") String kind,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return sessions.programme(parseDay(day), theme, pavilion, kind == null ? null : Session.Kind.valueOf(kind), page, size);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @PublicRead(maxAgeSeconds = 1, staleWhileRevalidateSeconds = 1)
    @Operation(operationId = "getSession", summary = "One session with its speakers and seats left")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "404", description = "Type session-not-found")
    public SessionView get(@PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id) {
        return sessions.get(id);
    }

    @POST
    @RolesAllowed("organizer")
    @Operation(operationId = "createSession", summary = "Put a session on the programme")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the answer names each")
    @APIResponse(responseCode = "403", description = "The token lacks the organizer role")
    @APIResponse(responseCode = "404", description = "Type pavilion-not-found")
    @APIResponse(responseCode = "409", description = "Type stage-taken: another session is on that stage at that time; or the pavilion is retired")
    public RestResponse<SessionView> create(@Valid @NotNull SessionRequest request) {
        SessionView created = sessions.create(request);
        return RestResponse.ResponseBuilder.<SessionView>created(URI.create("/api/sessions/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("organizer")
    @Operation(operationId = "changeSession", summary = "Change a session")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the answer names each")
    @APIResponse(responseCode = "403", description = "The token lacks the organizer role")
    @APIResponse(responseCode = "404", description = "Type session-not-found or pavilion-not-found")
    @APIResponse(responseCode = "409", description = "Type stage-taken, or seat-capacity-below-reservations")
    public SessionView change(@PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id, @Valid @NotNull SessionRequest request) {
        return sessions.change(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("organizer")
    @Operation(operationId = "deleteSession", summary = "Take a session off the programme, with its reservations")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "The token lacks the organizer role")
    @APIResponse(responseCode = "404", description = "Type session-not-found")
    public void delete(@PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id) {
        sessions.delete(id);
    }

    @POST
    @Path("/{id}/reservations")
    @PermitAll
    @SecurityRequirement(name = "badge")
    @Operation(operationId = "reserveSeat", summary = "Reserve a seat with the attendee's badge (`Authorization: Badge <token>`)",
            description = "One seat per attendee and session: the same badge again answers 200 with the existing reservation.")
    @APIResponse(responseCode = "201", description = "Reserved",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "200", description = "This attendee already had a seat; nothing changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "401", description = "Type badge-invalid: no badge, or it is forged, expired or unknown")
    @APIResponse(responseCode = "403", description = "Type badge-not-valid-for-day: the badge does not admit on the session's day")
    @APIResponse(responseCode = "404", description = "Type session-not-found")
    @APIResponse(responseCode = "409", description = "Type session-full: every seat is reserved")
    @APIResponse(responseCode = "503", description = "The badge keys cannot be fetched right now")
    public RestResponse<ReservationView> reserve(@PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id, @RestHeader("Authorization") String authorization) {
        SessionService.Reservation reservation = sessions.reserve(id, badge(authorization));
        return RestResponse.status(reservation.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK, reservation.view());
    }

    @DELETE
    @Path("/{id}/reservations")
    @PermitAll
    @SecurityRequirement(name = "badge")
    @Operation(operationId = "cancelSeat", summary = "Cancel the attendee's seat with the badge (`Authorization: Badge <token>`); idempotent")
    @APIResponse(responseCode = "204", description = "The attendee has no seat now")
    @APIResponse(responseCode = "401", description = "Type badge-invalid: no badge, or it is forged, expired or unknown")
    @APIResponse(responseCode = "404", description = "Type session-not-found")
    @APIResponse(responseCode = "503", description = "The badge keys cannot be fetched right now")
    public void cancel(@PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id, @RestHeader("Authorization") String authorization) {
        sessions.cancel(id, badge(authorization));
    }

    private Badge badge(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BADGE_SCHEME, 0, BADGE_SCHEME.length())) {
            throw BadgeInvalidException.asCredential(BadgeInvalidException.Reason.MALFORMED,
                    "Present the badge as 'Authorization: Badge <token>'.");
        }
        return badges.verifyCredential(authorization.substring(BADGE_SCHEME.length()));
    }

    private static LocalDate parseDay(String day) {
        try {
            return day == null ? null : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("day must be a date like 2018-05-26");
        }
    }
}
