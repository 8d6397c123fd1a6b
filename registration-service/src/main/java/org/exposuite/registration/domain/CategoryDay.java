package org.exposuite.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The places of one category on one expo day; a registration takes one on each of its days. */
@Entity
@IdClass(CategoryDay.Key.class)
public class CategoryDay extends PanacheEntityBase {

    @Id
    public Long categoryId;

    @Id
    public LocalDate day;

    @Column(updatable = false)
    public int capacity;

    @Column(insertable = false, updatable = false)
    public int taken;

    public static List<CategoryDay> ofCategory(long categoryId) {
        return list("categoryId = ?1 order by day", categoryId);
    }

    public record Key(Long categoryId, LocalDate day) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
