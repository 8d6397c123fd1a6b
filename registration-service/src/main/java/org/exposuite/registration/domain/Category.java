package org.exposuite.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** A kind of registration with its own capacity and sale window. */
@Entity
public class Category extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_zh")
    public String nameZh;

    public String description;

    // Capacity and taken change only through guarded statements, never by writing back a stale entity.
    @Column(updatable = false)
    public int capacity;

    @Column(insertable = false, updatable = false)
    public int taken;

    @Column(name = "approval_required")
    public boolean approvalRequired;

    @Column(name = "invitation_only")
    public boolean invitationOnly;

    @Column(name = "all_days")
    public boolean allDays;

    @Column(name = "sales_open_at")
    public Instant salesOpenAt;

    @Column(name = "sales_close_at")
    public Instant salesCloseAt;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<Category> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public boolean onSaleAt(Instant now) {
        return (salesOpenAt == null || !now.isBefore(salesOpenAt)) && (salesCloseAt == null || now.isBefore(salesCloseAt));
    }
}
