package org.exposuite.pavilion.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A dialogue, forum or final on one stage of a pavilion, with seats attendees reserve. */
@Entity
public class Session extends PanacheEntityBase {

    public enum Kind { DIALOGUE, FORUM, FINAL, CEREMONY, WORKSHOP }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String titleEn;

    public String titleZh;

    public String theme;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pavilion_id")
    public Pavilion pavilion;

    public String stage;

    public Instant startsAt;

    public Instant endsAt;

    // Capacity and seats taken change only through guarded statements, so a reservation is never lost or oversold.
    @Column(updatable = false)
    public int seatCapacity;

    @Column(insertable = false, updatable = false)
    public int seatsTaken;

    @ElementCollection
    @CollectionTable(name = "session_speaker", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    public List<Speaker> speakers = new ArrayList<>();

    @Version
    public long version;
}
