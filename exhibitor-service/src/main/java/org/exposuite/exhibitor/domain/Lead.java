package org.exposuite.exhibitor.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public UUID exhibitorId;

    public String registrationId;

    public String category;

    public Integer rating;

    public String notes;

    /** The last scan could not ask registration-service for the contact; scanning again asks once more. */
    public boolean contactPending;

    public String familyName;

    public String givenName;

    public String latinName;

    public String email;

    public String phone;

    public String organization;

    public String jobTitle;

    public String country;

    public Instant firstScannedAt;

    public Instant lastScannedAt;

    public int scanCount;

    public boolean hasContact() {
        return familyName != null || givenName != null || latinName != null || email != null || phone != null
                || organization != null || jobTitle != null || country != null;
    }
}
