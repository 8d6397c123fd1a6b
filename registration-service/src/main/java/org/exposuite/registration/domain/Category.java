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

    public String nameEn;

    public String nameZh;

    public String description;

    // Capacity and taken change only through guarded statements, never by writing back a stale entity.
    @Column(updatable = false)
    public int capacity;

    @Column(insertable = false, updatable = false)
    public int taken;

    public boolean approvalRequired;

    public boolean invitationOnly;

    public boolean allDays;

    public Instant salesOpenAt;

    public Instant salesCloseAt;

    @Column(insertable = false, updatable = false)
    public Instant createdAt;

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
