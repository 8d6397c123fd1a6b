package org.exposuite.exhibitor.security;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.exposuite.exhibitor.api.ExhibitorProblem;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.platform.secret.SelfServiceRealm;

/** Exhibitors manage their application, profile, products, staff and leads with the application's secret ({@code ex_…}). */
@ApplicationScoped
public class ExhibitorRealm extends SelfServiceRealm {

    public static final String PREFIX = "ex";
    public static final String ROLE = "exhibitor";

    public ExhibitorRealm() {
        super(PREFIX, ROLE);
    }

    @Override
    @Transactional
    public Optional<UUID> holderOf(String secretHash) {
        return Exhibitor.<Exhibitor>find("secretHash", secretHash).firstResultOptional().map(exhibitor -> exhibitor.id);
    }

    /** Nothing sent asks for the secret (401); anything else that is not this application's secret finds none (404). */
    @Override
    public HttpProblem refusal(boolean credentialSent) {
        return credentialSent ? ExhibitorProblem.APPLICATION_NOT_FOUND.problem()
                : ExhibitorProblem.SECRET_REQUIRED.builder(ExhibitorProblem.SECRET_REQUIRED.detail()).withHeader("WWW-Authenticate", "Bearer").build();
    }
}
