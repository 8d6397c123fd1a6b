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

    /** Registration-service has not answered for the contact yet; it is asked again until it does. */
    public boolean contactPending;

    // The contact the visitor agreed to share, as registration-service gave it; all null otherwise.
    public String familyName, givenName, latinName, email, phone, organization, jobTitle, country;

    public Instant firstScannedAt;

    public Instant lastScannedAt;

    public int scanCount;

    public boolean hasContact() {
        return familyName != null || givenName != null || latinName != null || email != null || phone != null
                || organization != null || jobTitle != null || country != null;
    }
}
