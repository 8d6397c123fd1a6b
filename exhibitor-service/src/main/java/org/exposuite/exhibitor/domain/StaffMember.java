package org.exposuite.exhibitor.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person working on an exhibitor's stand, with an exhibitor-staff badge from registration-service. */
@Entity
@Table(name = "staff_member")
public class StaffMember extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "exhibitor_id")
    public UUID exhibitorId;

    /** The staff badge's registration; null while registration-service is still issuing it. */
    @Column(name = "registration_id")
    public String registrationId;

    @Column(name = "family_name")
    public String familyName;

    @Column(name = "given_name")
    public String givenName;

    public String email;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean badgeIssued() {
        return registrationId != null;
    }
}
