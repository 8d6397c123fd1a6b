package org.exposuite.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a registration and a waiting-list entry hold alike: the category, the secret's hash, the personal details and
 * consents a person gives, and when the record was made and last changed.
 */
@MappedSuperclass
public abstract class AttendeeDetails extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Category category;

    public String secretHash;

    public String familyName;

    public String givenName;

    public String latinName;

    public String email;

    public String phone;

    public String organization;

    public String jobTitle;

    public String country;

    @Convert(converter = InterestsConverter.class)
    public List<PavilionTheme> interests = new ArrayList<>();

    public Instant privacyPolicyAcceptedAt;

    public boolean shareContactWithExhibitors;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;

    /** Takes the details as a person entered them: names trimmed, blank optional fields left empty. */
    public void enterDetails(String familyName, String givenName, String latinName, String email, String phone,
                             String organization, String jobTitle, String country, List<PavilionTheme> interests,
                             boolean shareContactWithExhibitors, Instant privacyPolicyAcceptedAt) {
        this.familyName = familyName.trim();
        this.givenName = givenName.trim();
        this.latinName = blankToNull(latinName);
        this.email = email;
        this.phone = blankToNull(phone);
        this.organization = blankToNull(organization);
        this.jobTitle = blankToNull(jobTitle);
        this.country = country;
        this.interests = interests == null ? new ArrayList<>() : new ArrayList<>(interests);
        this.shareContactWithExhibitors = shareContactWithExhibitors;
        this.privacyPolicyAcceptedAt = privacyPolicyAcceptedAt;
    }

    /** Carries over another record's details as they stand, consents included. */
    public void copyDetailsFrom(AttendeeDetails other) {
        familyName = other.familyName;
        givenName = other.givenName;
        latinName = other.latinName;
        email = other.email;
        phone = other.phone;
        organization = other.organization;
        jobTitle = other.jobTitle;
        country = other.country;
        interests = new ArrayList<>(other.interests);
        privacyPolicyAcceptedAt = other.privacyPolicyAcceptedAt;
        shareContactWithExhibitors = other.shareContactWithExhibitors;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
