package org.exposuite.platform.secret;

import java.security.Principal;
import java.util.UUID;

/** The holder of a self-service secret: the one record the secret opens, in the realm of the given role. */
public record SelfServicePrincipal(String role, UUID holder) implements Principal {

    @Override
    public String getName() {
        return holder.toString();
    }
}
