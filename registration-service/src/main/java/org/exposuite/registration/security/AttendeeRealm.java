package org.exposuite.registration.security;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.exposuite.platform.secret.SelfServiceRealm;
import org.exposuite.registration.api.RegistrationProblem;
import org.exposuite.registration.domain.Registration;

/** Attendees manage their own registration with the secret they got when registering ({@code rs_…}). */
@ApplicationScoped
public class AttendeeRealm extends SelfServiceRealm {

    public static final String PREFIX = "rs";
    public static final String ROLE = "attendee";

    public AttendeeRealm() {
        super(PREFIX, ROLE);
    }

    /** An erased registration's secret opens nothing (erasing also replaces its hash). */
    @Override
    @Transactional
    public Optional<UUID> holderOf(String secretHash) {
        return Registration.holderOf(secretHash);
    }

    /** No secret, a wrong one, another kind and a JWT all find no registration, as does another's id. */
    @Override
    public HttpProblem refusal(boolean credentialSent) {
        return RegistrationProblem.REGISTRATION_NOT_FOUND.problem();
    }
}
