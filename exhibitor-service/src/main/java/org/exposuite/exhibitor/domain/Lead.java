package org.exposuite.exhibitor.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A visitor whose badge an exhibitor scanned: one per exhibitor and visitor. The contact fields hold
 * personal data only when the visitor chose to share it with exhibitors.
 */
@Entity
@Table(name = "exhibitor_lead")
public class Lead extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "exhibitor_id")
    public UUID exhibitorId;

    @Column(name = "registration_id")
    public String registrationId;

    public String category;

    public Integer rating;

    public String notes;

    /** The last scan could not ask registration-service for the contact; scanning again asks once more. */
    @Column(name = "contact_pending")
    public boolean contactPending;

    @Column(name = "family_name")
    public String familyName;

    @Column(name = "given_name")
    public String givenName;

    @Column(name = "latin_name")
    public String latinName;

    public String email;

    public String phone;

    public String organization;

    @Column(name = "job_title")
    public String jobTitle;

    public String country;

    @Column(name = "first_scanned_at")
    public Instant firstScannedAt;

    @Column(name = "last_scanned_at")
    public Instant lastScannedAt;

    @Column(name = "scan_count")
    public int scanCount;

    public boolean hasContact() {
        return familyName != null || givenName != null || latinName != null || email != null || phone != null
                || organization != null || jobTitle != null || country != null;
    }
}
