package org.exposuite.registration.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** One person's place in line for a full category, with everything needed to register them when an offer is accepted. */
@Entity
public class WaitlistEntry extends AttendeeDetails {

    @Id
    public UUID id;

    // Assigned by the database on insert: the order of the line.
    @Column(insertable = false, updatable = false)
    public Long positionSequence;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Category category;

    @Enumerated(EnumType.STRING)
    public WaitlistStatus status;

    public String secretHash;

    public String offerTokenHash;


    public Instant offeredAt;

    public Instant offerExpiresAt;

    public UUID registrationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "waitlist_day", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "day")
    @OrderBy
    public Set<LocalDate> days = new LinkedHashSet<>();

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
