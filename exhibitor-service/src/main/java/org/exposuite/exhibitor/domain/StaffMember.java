package org.exposuite.exhibitor.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A person working on an exhibitor's stand, with an exhibitor-staff badge from registration-service. */
@Entity
public class StaffMember extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID exhibitorId;

    /** The staff badge's registration; null while registration-service is still issuing it. */
    public String registrationId;

    public String familyName;

    public String givenName;

    public String email;

    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public Instant updatedAt;

    public boolean badgeIssued() {
        return registrationId != null;
    }
}
