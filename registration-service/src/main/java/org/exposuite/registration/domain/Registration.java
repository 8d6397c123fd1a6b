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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** One attendee's registration for one category and the days it covers. */
@Entity
public class Registration extends AttendeeDetails {

    public String confirmationCode;

    public Long invitationCodeId;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    public String decisionReason;

    /** Set on exhibitor staff registrations only: the exhibitor whose allowance the badge uses. */
    public String exhibitorId;

    public String exhibitorName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "registration_day", joinColumns = @JoinColumn(name = "registration_id"))
    @Column(name = "day")
    @OrderBy
    public Set<LocalDate> days = new LinkedHashSet<>();

    /** The registration a secret opens, read as its id alone; an erased registration's secret opens nothing. */
    public static Optional<UUID> holderOf(String secretHash) {
        return getEntityManager().createQuery("select id from Registration where secretHash = ?1 and status <> ?2", UUID.class)
                .setParameter(1, secretHash).setParameter(2, RegistrationStatus.ERASED).getResultStream().findFirst();
    }

    public static boolean activeWithEmail(String email) {
        return count("lower(email) = lower(?1) and status in ?2 and exhibitorId is null", email, RegistrationStatus.ACTIVE) > 0;
    }

    /** Replaces everything that identifies the person; the row stays so the counts stay right. */
    public void anonymize(String newSecretHash, Instant now) {
        familyName = "ERASED";
        givenName = "ERASED";
        latinName = null;
        email = "erased-" + id + "@erased.invalid";
        phone = null;
        organization = null;
        jobTitle = null;
        interests = new ArrayList<>();
        shareContactWithExhibitors = false;
        decisionReason = null;
        secretHash = newSecretHash;
        status = RegistrationStatus.ERASED;
        updatedAt = now;
    }
}
