package org.exposuite.exhibitor.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.UUID;

/** A product an exhibitor shows in the public catalogue. */
@Entity
public class Product extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exhibitor_id")
    public Exhibitor exhibitor;

    public String name;

    public String description;

    public String category;

    public String theme;

    public String imageUrl;

    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public Instant updatedAt;
}
