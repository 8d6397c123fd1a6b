package org.exposuite.pavilion.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.exposuite.platform.persistence.VersionedEntity;

/** A themed hall of the expo with its floor plan size, opening hours and safe occupancy limit. */
@Entity
public class Pavilion extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String nameEn;

    public String nameZh;

    public String theme;

    public String hall;

    public int areaM2;

    public int safeOccupancy;

    @Column(name = "floor_width_m")
    public BigDecimal floorWidth;

    @Column(name = "floor_depth_m")
    public BigDecimal floorDepth;

    // Only the entrance scans change the count, with guarded statements; the entity never writes it back.
    @Column(insertable = false, updatable = false)
    public int occupancy;

    public boolean retired;

    @ElementCollection
    @CollectionTable(name = "pavilion_open_hours", joinColumns = @JoinColumn(name = "pavilion_id"))
    @OrderBy("day")
    public List<OpenHours> openHours = new ArrayList<>();
}
