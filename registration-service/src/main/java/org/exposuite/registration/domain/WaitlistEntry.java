package org.exposuite.registration.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** One person's place in line for a full category, with everything needed to register them when an offer is accepted. */
@Entity
public class WaitlistEntry extends AttendeeDetails {

    // Assigned by the database on insert: the order of the line.
    @Column(insertable = false, updatable = false)
    public Long positionSequence;

    @Enumerated(EnumType.STRING)
    public WaitlistStatus status;

    public String offerTokenHash;

    public Instant offeredAt;

    public Instant offerExpiresAt;

    public UUID registrationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "waitlist_day", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "day")
    @OrderBy
    public Set<LocalDate> days = new LinkedHashSet<>();

    /** The entry a secret opens, read as its id alone. */
    public static Optional<UUID> holderOf(String secretHash) {
        return getEntityManager().createQuery("select id from WaitlistEntry where secretHash = ?1", UUID.class)
                .setParameter(1, secretHash).getResultStream().findFirst();
    }
}
