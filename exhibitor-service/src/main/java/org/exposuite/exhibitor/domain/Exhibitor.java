package org.exposuite.exhibitor.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.exposuite.exhibitor.api.ExhibitorProblem;
import org.exposuite.platform.persistence.VersionedEntity;

/** A company's application to exhibit, and once approved its public profile. */
@Entity
public class Exhibitor extends VersionedEntity {

    public enum State {
        DRAFT, SUBMITTED, APPROVED, REJECTED, WITHDRAWN;

        /** The only transitions an application may make; everything else is refused. */
        public boolean canMoveTo(State target) {
            return switch (this) {
                case DRAFT -> target == SUBMITTED;
                case SUBMITTED -> target == APPROVED || target == REJECTED || target == WITHDRAWN;
                case APPROVED -> target == WITHDRAWN;
                case REJECTED, WITHDRAWN -> false;
            };
        }

        /** While the organizers have not decided, the applicant may still change the application. */
        public boolean isEditable() {
            return this == DRAFT || this == SUBMITTED;
        }
    }

    public enum BoothType { INLINE, CORNER, PENINSULA, ISLAND }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public State state;

    public String secretHash;

    public String companyNameEn;

    public String companyNameZh;

    public String country;

    public String website;

    public String description;

    public String contactName;

    public String contactEmail;

    public String contactPhone;

    @ElementCollection
    @OrderBy
    @CollectionTable(name = "exhibitor_theme", joinColumns = @JoinColumn(name = "exhibitor_id"))
    @Column(name = "theme")
    public Set<String> themes = new LinkedHashSet<>();

    @ElementCollection
    @OrderBy
    @CollectionTable(name = "exhibitor_requested_pavilion", joinColumns = @JoinColumn(name = "exhibitor_id"))
    @Column(name = "pavilion_code")
    public Set<String> requestedPavilions = new LinkedHashSet<>();

    public Integer boothSizeM2;

    @Enumerated(EnumType.STRING)
    public BoothType boothType;

    public boolean beltAndRoadPartner;

    public String boothCode;

    public String pavilionCode;

    /** Area of the assigned booth; the staff allowance is derived from it. */
    public BigDecimal boothAreaM2;

    public String rejectionReason;

    public Instant submittedAt;

    public Instant decidedAt;

    /** The application with this id; an unknown one is the 404 every caller answers. */
    public static Exhibitor application(UUID id, LockModeType lock) {
        return Exhibitor.<Exhibitor>findByIdOptional(id, lock).orElseThrow(ExhibitorProblem.APPLICATION_NOT_FOUND::problem);
    }

    static final int STAFF_BASE_ALLOWANCE = 3;
    static final int SQUARE_METRES_PER_EXTRA_STAFF = 9;

    /** Staff badges this exhibitor may hold: 3, plus one for every full 9 m² of its booth. */
    public int staffAllowance() {
        int extra = boothAreaM2 == null ? 0 : boothAreaM2.intValue() / SQUARE_METRES_PER_EXTRA_STAFF;
        return STAFF_BASE_ALLOWANCE + extra;
    }
}
