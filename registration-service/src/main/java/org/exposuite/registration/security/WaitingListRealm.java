package org.exposuite.registration.security;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.exposuite.platform.secret.SelfServiceRealm;
import org.exposuite.registration.api.RegistrationProblem;
import org.exposuite.registration.domain.WaitlistEntry;

/** People on the waiting list follow their place in line with the secret they got when joining ({@code wl_…}). */
@ApplicationScoped
public class WaitingListRealm extends SelfServiceRealm {

    public static final String PREFIX = "wl";
    public static final String ROLE = "waiting";

    public WaitingListRealm() {
        super(PREFIX, ROLE);
    }

    @Override
    @Transactional
    public Optional<UUID> holderOf(String secretHash) {
        return WaitlistEntry.holderOf(secretHash);
    }

    @Override
    public HttpProblem refusal(boolean credentialSent) {
        return RegistrationProblem.WAITLIST_ENTRY_NOT_FOUND.problem();
    }
}
