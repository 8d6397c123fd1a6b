package org.exposuite.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;
import org.exposuite.platform.persistence.VersionedEntity;

/** A kind of registration with its own capacity and sale window. */
@Entity
public class Category extends VersionedEntity {

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

    public static Optional<Category> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public boolean onSaleAt(Instant now) {
        return (salesOpenAt == null || !now.isBefore(salesOpenAt)) && (salesCloseAt == null || now.isBefore(salesCloseAt));
    }
}
