package org.exposuite.exhibitor.client;

/** No connection to registration-service: the one failure worth an immediate retry of an idempotent call. */
class RegistrationServiceUnreachableException extends RegistrationServiceUnavailableException {

    RegistrationServiceUnreachableException() {
        super("cannot be reached");
    }
}
