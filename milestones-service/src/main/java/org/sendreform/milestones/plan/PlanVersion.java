package org.sendreform.milestones.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of the plan; exactly one is CURRENT, the live plan. */
@Entity
@Table(name = "plan_version")
public class PlanVersion extends PanacheEntityBase {

    public enum Status {
        CURRENT, SUPERSEDED
    }

    @Id
    public String version;
    public String title;
    @Column(name = "plan_year")
    public String planYear;
    public String source;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "started_on")
    public LocalDate startedOn;
    @Column(name = "started_by")
    public String startedBy;
    public String note;
    @Column(name = "superseded_on")
    public LocalDate supersededOn;
    /** The content as it stood when superseded (JSON of {@link PlanContent}); null while current. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String snapshot;
    @Column(name = "created_at", insertable = false, updatable = false)
    public java.time.Instant createdAt;

    public static java.util.Optional<PlanVersion> current() {
        return PlanVersion.<PlanVersion>find("status", Status.CURRENT).firstResultOptional();
    }
}
