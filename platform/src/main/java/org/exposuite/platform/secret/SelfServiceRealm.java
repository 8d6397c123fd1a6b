package org.exposuite.platform.secret;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.Optional;
import java.util.UUID;

/**
 * One kind of self-service secret a service hands out, and the records it opens. A service declares each kind as an
 * {@code @ApplicationScoped} bean; the platform authenticates {@code Authorization: Bearer <prefix>_…} against it and
 * gives the caller the realm's role, which the realm's endpoints require with {@code @RolesAllowed}.
 */
public interface SelfServiceRealm {

    /** The two lower-case letters before the underscore, e.g. {@code ex}. */
    String prefix();

    /** The role of the secret's holder, e.g. {@code exhibitor}; no other realm and no JWT role may use it. */
    String role();

    /**
     * The id of the record whose secret has this hash ({@link SelfServiceSecret#hash}), if there is one that may still
     * be managed. Runs on a worker thread: a blocking lookup by an indexed column.
     */
    Optional<UUID> holderOf(String secretHash);

    /**
     * What the realm's endpoints answer a caller without a valid secret of this realm: nothing sent, an unknown or
     * erased secret, another kind of secret and a JWT all get this one answer, so no answer tells them apart beyond
     * whether a credential was sent at all.
     */
    HttpProblem refusal(boolean credentialSent);
}
