package org.exposuite.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

/** A code that opens an invitation-only category for a limited number of registrations. */
@Entity
public class InvitationCode extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long categoryId;

    public String code;

    @Column(updatable = false)
    public int maxUses;

    @Column(insertable = false, updatable = false)
    public int uses;

    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public static Optional<InvitationCode> find(long categoryId, String code) {
        return find("categoryId = ?1 and code = ?2", categoryId, code).firstResultOptional();
    }
}
