package org.exposuite.registration.api;

/** An invitation code with its uses: allowed and already taken. */
public record InvitationView(String code, int uses, int used) {
}
