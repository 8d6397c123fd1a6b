package org.exposuite.pavilion.rest;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.exposuite.platform.problem.PlatformProblem;
import org.exposuite.testfixtures.MissingBodyChecks;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every operation that reads a JSON object answers a missing body, or a body that is JSON but no object, with one
 * 400 problem that says so: never a bare 400, never a Java name.
 */
@QuarkusTest
class MissingBodyTest extends MissingBodyChecks {

    /** Each body-taking operation of the service, with the role that may call it. */
    static final String[][] OPERATIONS = {
            {"POST", "/api/pavilions", "organizer"},
            {"PUT", "/api/pavilions/P-NONE", "organizer"},
            {"PUT", "/api/pavilions/P-NONE/floorplan", "organizer"},
            {"POST", "/api/pavilions/P-NONE/scans", "scanner"},
            {"POST", "/api/sessions", "organizer"},
            {"PUT", "/api/sessions/1", "organizer"},
            {"PUT", "/api/booths/B-NONE/assignment", "service"},
            {"POST", "/api/booths/B-NONE/hold", "organizer"},
            {"POST", "/api/booths/moves", "organizer"},
    };

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    static Stream<Arguments> operationsAndBodies() {
        return casesOf(OPERATIONS, "[{\"code\":\"X\"}]", "\"a pavilion\"");
    }

    MissingBodyTest() {
        super(PlatformProblem.BODY_REQUIRED.type());
    }

    /** The role's token: every operation here wants one. */
    @Override
    protected String credential(String role) {
        return TOKENS.computeIfAbsent(role, Tokens::forRole);
    }
}
