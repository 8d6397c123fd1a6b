package org.exposuite.exhibitor.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** pavilion-service's booth assignment API, as agreed between the services. */
@RegisterRestClient(configKey = "pavilion")
@Path("/api/booths")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface PavilionClient {

    @PUT
    @Path("/{code}/assignment")
    BoothView assign(@PathParam("code") String boothCode, @HeaderParam("Authorization") String authorization,
                     @HeaderParam("Expo-Deadline") String deadline, BoothAssignment assignment);

    @DELETE
    @Path("/{code}/assignment")
    void vacate(@PathParam("code") String boothCode, @QueryParam("exhibitorId") String exhibitorId,
                @HeaderParam("Authorization") String authorization);
}
