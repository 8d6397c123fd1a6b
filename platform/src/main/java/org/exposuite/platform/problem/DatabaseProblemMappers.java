package org.exposuite.platform.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A request that failed in the database answers what the client can do about it: 503 with {@code Retry-After} while
 * the database cannot be reached (the pool reconnects by itself once it is back), 409 {@code concurrent-change} when
 * another request changed the same record first. Any other failure stays the plain 500 problem.
 */
public class DatabaseProblemMappers {

    private static final Logger LOG = Logger.getLogger(DatabaseProblemMappers.class);

    @ConfigMapping(prefix = "expo.database")
    public interface Settings {

        /** How long a client is told to wait before retrying while the database is unreachable. */
        @WithDefault("PT5S")
        Duration retryAfter();
    }

    @Inject
    Settings settings;

    // Declared for Exception, beside the problem extension's catch-all, so the whole cause chain is read first.
    @ServerExceptionMapper(priority = 1)
    public Response databaseFailure(Exception e, UriInfo uri) {
        DatabaseFault fault = DatabaseFault.of(e).orElse(null);
        if (fault == DatabaseFault.UNREACHABLE) {
            return unreachable(e);
        }
        HttpProblem problem = fault == DatabaseFault.CONCURRENT_CHANGE
                ? PlatformProblem.CONCURRENT_CHANGE.problem()
                : HttpProblem.valueOf(Response.Status.INTERNAL_SERVER_ERROR);
        // rendered like the extension's own answers: instance, request id, and a logged stack trace for a 500
        return ExceptionMapperBase.postProcessorsRegistry.applyPostProcessing(problem, ProblemContext.of(e, uri)).toResponse();
    }

    private Response unreachable(Exception e) {
        long seconds = Math.max(1, settings.retryAfter().toSeconds());
        // one line, no stack: an outage fails every request alike, and the driver's words may quote SQL
        LOG.warnf("Database unreachable, answered 503 (retry after %d s): %s%s", seconds, e.getClass().getSimpleName(),
                DatabaseFault.sqlState(e).map(state -> ", SQL state " + state).orElse(""));
        HttpProblem.Builder problem = PlatformProblem.SERVICE_UNAVAILABLE.builder(PlatformProblem.SERVICE_UNAVAILABLE.detail())
                .withHeader("Retry-After", String.valueOf(seconds));
        return PlatformProblem.answer(problem);
    }
}
