package org.exposuite.exhibitor.client;

/** No connection to pavilion-service: the one failure worth an immediate retry of an idempotent call. */
class PavilionServiceUnreachableException extends PavilionServiceUnavailableException {

    PavilionServiceUnreachableException() {
        super("cannot be reached");
    }
}
