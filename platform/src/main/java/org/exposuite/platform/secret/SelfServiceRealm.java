package org.exposuite.platform.secret;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.Optional;
import java.util.UUID;

/**
 * One kind of self-service secret a service hands out, and the records it opens. A service declares each kind as an
 * {@code @ApplicationScoped} bean; the platform authenticates {@code Authorization: Bearer <prefix>_…} against it and
 * gives the caller the realm's role, which the realm's endpoints require with {@code @RolesAllowed}.
 */
public abstract class SelfServiceRealm {

    private final String prefix;
    private final String role;

    protected SelfServiceRealm(String prefix, String role) {
        this.prefix = prefix;
        this.role = role;
    }

    /** The two lower-case letters before the underscore, e.g. {@code ex}. */
    public String prefix() {
        return prefix;
    }

    /** The role of the secret's holder, e.g. {@code exhibitor}; no other realm and no JWT role may use it. */
    public String role() {
        return role;
    }

    /**
     * The id of the record whose secret has this hash ({@link SelfServiceSecret#hash}), if there is one that may still
     * be managed. Runs on a worker thread: a blocking lookup by an indexed column.
     */
    public abstract Optional<UUID> holderOf(String secretHash);

    /**
     * What the realm's endpoints answer a caller without a valid secret of this realm: nothing sent, an unknown or
     * erased secret, another kind of secret and a JWT all get this one answer, so no answer tells them apart beyond
     * whether a credential was sent at all.
     */
    public abstract HttpProblem refusal(boolean credentialSent);
}
