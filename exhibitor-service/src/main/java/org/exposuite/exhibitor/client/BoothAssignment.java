package org.exposuite.exhibitor.client;

/** Body of pavilion-service's booth assignment: the exhibitor of record. */
record BoothAssignment(String exhibitorId, String exhibitorName) {
}
