package org.exposuite.exhibitor.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A company's application to exhibit, and once approved its public profile. */
@Entity
public class Exhibitor extends PanacheEntityBase {

    public enum State { DRAFT, SUBMITTED, APPROVED, REJECTED, WITHDRAWN }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public State state;

    @Column(name = "company_name_en")
    public String companyNameEn;

    @Column(name = "company_name_zh")
    public String companyNameZh;

    public String country;

    public String website;

    public String description;

    @Column(name = "booth_code")
    public String boothCode;

    @Column(name = "pavilion_code")
    public String pavilionCode;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
