package org.exposuite.pavilion.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One recorded change of a booth: who, when, from which status to which, for which exhibitor. */
@Entity
public class BoothChange extends PanacheEntityBase {

    public enum Action { HOLD, ASSIGN, VACATE, MOVE_OUT, MOVE_IN, EXPIRE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long boothId;

    public Instant changedAt;

    public String changedBy;

    @Enumerated(EnumType.STRING)
    public Action action;

    @Enumerated(EnumType.STRING)
    public Booth.Status fromStatus;

    @Enumerated(EnumType.STRING)
    public Booth.Status toStatus;

    public String exhibitorId;

    public String exhibitorName;
}
