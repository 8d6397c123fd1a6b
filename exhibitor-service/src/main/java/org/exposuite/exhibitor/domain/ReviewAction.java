package org.exposuite.exhibitor.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One step in an application's life, kept for the record: who did what, when, and why. */
@Entity
public class ReviewAction extends PanacheEntityBase {

    public enum Action { SUBMIT, APPROVE, REJECT, WITHDRAW }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID exhibitorId;

    @Enumerated(EnumType.STRING)
    public Action action;

    public String actor;

    @Enumerated(EnumType.STRING)
    public Exhibitor.State fromState;

    @Enumerated(EnumType.STRING)
    public Exhibitor.State toState;

    public String boothCode;

    public String reason;

    public Instant actedAt;
}
