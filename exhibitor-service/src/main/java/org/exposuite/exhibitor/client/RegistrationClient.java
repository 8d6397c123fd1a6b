package org.exposuite.exhibitor.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** registration-service's staff badge and shared contact API, as agreed between the services. */
@RegisterRestClient(configKey = "registration")
@Path("/api/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface RegistrationClient {

    @PUT
    @Path("/staff/{exhibitorId}/members")
    StaffBadge issueStaffBadge(@PathParam("exhibitorId") String exhibitorId, @HeaderParam("Authorization") String authorization,
                               StaffBadgeRequest request);

    @DELETE
    @Path("/staff/{exhibitorId}/members/{registrationId}")
    void revokeStaffBadge(@PathParam("exhibitorId") String exhibitorId, @PathParam("registrationId") String registrationId,
                          @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/{registrationId}/shared-contact")
    SharedContact sharedContact(@PathParam("registrationId") String registrationId,
                                @HeaderParam("Authorization") String authorization);
}
