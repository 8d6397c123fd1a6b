package org.exposuite.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An entity that organizers edit: the database stamps its creation, the service its last change, and the version
 * refuses a change made from a stale copy.
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
