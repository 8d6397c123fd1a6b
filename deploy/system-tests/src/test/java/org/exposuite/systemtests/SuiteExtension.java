package org.exposuite.systemtests;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the suite before a test class, so a failed start fails the class with the service's log. */
public class SuiteExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Suite.ensureRunning();
        RestAssured.baseURI = Suite.gateway();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
