package org.exposuite.pavilion.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change of a booth: who, when, from which status to which, for which exhibitor. */
@Entity
@Table(name = "booth_change")
public class BoothChange extends PanacheEntityBase {

    public enum Action { HOLD, ASSIGN, VACATE, MOVE_OUT, MOVE_IN, EXPIRE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "booth_id")
    public Long boothId;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    @Enumerated(EnumType.STRING)
    public Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public Booth.Status fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public Booth.Status toStatus;

    @Column(name = "exhibitor_id")
    public String exhibitorId;

    @Column(name = "exhibitor_name")
    public String exhibitorName;
}
