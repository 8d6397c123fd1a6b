package org.exposuite.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One organizer action, kept for accountability: who did what to which registration or category, and when. */
@Entity
public class OrganizerAction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String actor;

    public Instant at;

    public String action;

    public UUID registrationId;

    public String categoryCode;

    public String detail;

    public static List<OrganizerAction> about(UUID registrationId) {
        return list("registrationId = ?1 order by at, id", registrationId);
    }
}
