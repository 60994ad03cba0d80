package org.sendreform.milestones.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.UpdateTimestamp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class Milestone extends PanacheEntityBase {

    /** Roles that change any workspace's milestones; a workspace lead changes only their own workspace's. */
    public static final java.util.Set<String> WIDER_ROLES = java.util.Set.of("programme-manager", "admin");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String title;
    public String description;
    @Column(name = "theme_code")
    public String themeCode;
    @Column(name = "workspace_code")
    public String workspaceCode;
    public String responsible;
    @Column(name = "due_period")
    public String duePeriod;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "baseline_date")
    public LocalDate baselineDate;
    @Column(name = "forecast_date")
    public LocalDate forecastDate;
    @Column(name = "completed_on")
    public LocalDate completedOn;
    @Enumerated(EnumType.STRING)
    public MilestoneStatus status;
    @Enumerated(EnumType.STRING)
    public Confidence confidence;
    @Column(name = "confidence_note")
    public String confidenceNote;
    @Column(name = "target_trajectory")
    public String targetTrajectory;
    /** The RDG re-sequencing decision (governance-service) that last moved the due date, if any. */
    @Column(name = "rebaselined_by_decision")
    public Long rebaselinedByDecision;
    /** Why a predecessor puts this milestone at risk; set and cleared by the dependency rule only. */
    @Column(name = "dependency_risk")
    public String dependencyRisk;
    @Column(name = "dependency_risk_from")
    public String dependencyRiskFrom;
    @Column(name = "dependency_flagged_on")
    public LocalDate dependencyFlaggedOn;
    @Version
    public long version;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    @UpdateTimestamp
    public Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "milestone_measure", joinColumns = @JoinColumn(name = "milestone_id"))
    public List<MeasureLink> measures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "milestone_risk", joinColumns = @JoinColumn(name = "milestone_id"))
    @Column(name = "risk_code")
    public List<String> riskCodes = new ArrayList<>();

    /** A measure this milestone moves, and by how much (e.g. +20 on the Specialist Base places measure). */
    @Embeddable
    public static class MeasureLink {
        @Column(name = "measure_code")
        public String measureCode;
        @Column(name = "expected_value")
        public java.math.BigDecimal expectedValue;
        @Column(name = "expected_text")
        public String expectedText;
    }

    /**
     * Serialises changes to the plan (a transaction-scoped lock, taken before any milestone row is locked). A
     * change to one milestone can flag or clear others down its dependency chain, so two changes at once could
     * otherwise lock the same rows in opposite orders. Milestone changes are made by people, a few a minute, so
     * one at a time costs nothing.
     */
    public static void lockPlan() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('milestone plan'))").getSingleResult();
    }

    /** The milestone with this code, or 404; with {@code lock}, locked for update (take the plan lock first). */
    public static Milestone byCode(String code, boolean lock) {
        var query = Milestone.<Milestone>find("code", code);
        if (lock) {
            query.withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        }
        return query.firstResultOptional()
                .orElseThrow(() -> org.sendreform.platform.problem.ProblemException.notFound("Milestone", code));
    }

    public boolean open() {
        return status == MilestoneStatus.NOT_STARTED || status == MilestoneStatus.IN_PROGRESS;
    }

    public Slippage slippage(LocalDate today) {
        return Slippage.of(status, dueDate, forecastDate, completedOn, today);
    }
}
