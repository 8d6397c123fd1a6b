package org.exposuite.pavilion.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A rectangle on a pavilion's floor plan that one exhibitor at most can stand on. */
@Entity
public class Booth extends PanacheEntityBase {

    public enum Type { INLINE, CORNER, PENINSULA, ISLAND }

    public enum Status { FREE, HELD, ASSIGNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pavilion_id")
    public Pavilion pavilion;

    @Enumerated(EnumType.STRING)
    public Type type;

    @Column(name = "x_m")
    public BigDecimal x;

    @Column(name = "y_m")
    public BigDecimal y;

    @Column(name = "width_m")
    public BigDecimal width;

    @Column(name = "depth_m")
    public BigDecimal depth;

    @Column(name = "price_class")
    public String priceClass;

    @Enumerated(EnumType.STRING)
    public Status status = Status.FREE;

    @Column(name = "exhibitor_id")
    public String exhibitorId;

    @Column(name = "exhibitor_name")
    public String exhibitorName;

    @Column(name = "held_until")
    public Instant heldUntil;

    @Version
    public long version;
}
