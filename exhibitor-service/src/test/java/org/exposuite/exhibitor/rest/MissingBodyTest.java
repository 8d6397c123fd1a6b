package org.exposuite.exhibitor.rest;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
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
@WithTestResource(value = PavilionStub.class, scope = TestResourceScope.GLOBAL)
class MissingBodyTest extends MissingBodyChecks {

    private static final String EXHIBITOR = "exhibitor";
    private static final String NOBODY = "nobody";
    private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
    private static final String OWN_ID = "{own}";

    /** Each body-taking operation of the service, with who may call it. */
    static final String[][] OPERATIONS = {
            {"POST", "/api/exhibitors/applications", NOBODY},
            {"POST", "/api/exhibitors/applications/" + UNKNOWN_ID + "/approve", "organizer"},
            {"POST", "/api/exhibitors/applications/" + UNKNOWN_ID + "/reject", "organizer"},
            {"PUT", "/api/exhibitors/me", EXHIBITOR},
            {"POST", "/api/exhibitors/me/products", EXHIBITOR},
            {"PUT", "/api/exhibitors/me/products/" + UNKNOWN_ID, EXHIBITOR},
            {"POST", "/api/exhibitors/me/staff", EXHIBITOR},
            {"POST", "/api/exhibitors/" + OWN_ID + "/leads", EXHIBITOR},
    };

    private static final Map<String, String> CREDENTIALS = new ConcurrentHashMap<>();
    private static TestApplications.Applicant applicant;

    static Stream<Arguments> operationsAndBodies() {
        return casesOf(OPERATIONS, "[{\"companyNameEn\":\"X\"}]", "\"an application\"");
    }

    MissingBodyTest() {
        super(PlatformProblem.BODY_REQUIRED.type());
    }

    /** The exhibitor's own id where the path names it. */
    @Override
    protected String pathFor(String path, String caller) {
        return path.replace(OWN_ID, caller.equals(EXHIBITOR) ? exhibitor().id() : OWN_ID);
    }

    /** A role's token, the exhibitor's own secret, or nothing. */
    @Override
    protected String credential(String caller) {
        if (caller.equals(NOBODY)) {
            return null;
        }
        return caller.equals(EXHIBITOR) ? exhibitor().secret() : CREDENTIALS.computeIfAbsent(caller, Tokens::forRole);
    }

    private static synchronized TestApplications.Applicant exhibitor() {
        if (applicant == null) {
            applicant = TestApplications.apply();
        }
        return applicant;
    }
}
