package org.sendreform.risk.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;

import org.hibernate.annotations.UpdateTimestamp;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.risk.mitigation.Mitigation;
import org.sendreform.risk.review.ReviewFrequency;
import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.scoring.Scale;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class Risk extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String title;
    public String description;
    public String cause;
    public String event;
    public String effect;
    @Enumerated(EnumType.STRING)
    public Category category;
    public String owner;
    @Column(name = "owning_body")
    public String owningBody;
    /** Where the risk was first owned: a de-escalation back here makes it OPEN again. */
    @Column(name = "home_body")
    public String homeBody;
    @Enumerated(EnumType.STRING)
    public RiskStatus status;
    @Enumerated(EnumType.STRING)
    public Scale scale;
    @Column(name = "inherent_impact")
    public String inherentImpact;
    @Column(name = "inherent_likelihood")
    public String inherentLikelihood;
    @Enumerated(EnumType.STRING)
    @Column(name = "assessed_rag")
    public Rag assessedRag;
    @Enumerated(EnumType.STRING)
    @Column(name = "residual_rag")
    public Rag residualRag;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_rag")
    public Rag targetRag;
    /** The Board decision that accepted the risk (governance-service), when it is ACCEPTED. */
    @Column(name = "accepted_by_decision")
    public Long acceptedByDecision;
    @Column(name = "accepted_on")
    public java.time.LocalDate acceptedOn;
    /** The review frequency in force: fixed for this risk, or else the one its assessed RAG calls for. */
    @Enumerated(EnumType.STRING)
    @Column(name = "review_frequency")
    public ReviewFrequency reviewFrequency;
    /** True when the frequency was set for this risk rather than following its RAG. */
    @Column(name = "review_frequency_fixed")
    public boolean reviewFrequencyFixed;
    @Column(name = "last_reviewed_on")
    public LocalDate lastReviewedOn;
    @Column(name = "next_review_date")
    public LocalDate nextReviewDate;
    /** The day the risk was closed (CLOSED only), who closed it and why. */
    @Column(name = "closed_on")
    public LocalDate closedOn;
    @Column(name = "closed_by")
    public String closedBy;
    @Column(name = "closure_rationale")
    public String closureRationale;
    @Version
    public long version;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    @UpdateTimestamp
    public Instant updatedAt;

    @OneToMany(mappedBy = "risk")
    @OrderBy("position")
    public List<Mitigation> mitigations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "risk_link", joinColumns = @JoinColumn(name = "risk_id"))
    public List<Link> links = new ArrayList<>();

    /** The risk with this code, or 404. */
    public static Risk byCode(String code) {
        return Risk.<Risk>find("code", code).firstResultOptional().orElseThrow(() -> ProblemException.notFound("Risk", code));
    }

    /** The risk with this code, locked until the transaction ends so that changes to one risk queue up; or 404. */
    public static Risk lockedByCode(String code) {
        return Risk.<Risk>find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Risk", code));
    }

    @PrePersist
    void ownedFirstWhereItIsOwnedNow() {
        if (homeBody == null) {
            homeBody = owningBody;
        }
    }

    /** A link by code to a milestone or measure (other services) or to one of the plan's dependencies. */
    @Embeddable
    public static class Link {
        public enum Kind {
            MILESTONE, MEASURE, DEPENDENCY
        }

        @Enumerated(EnumType.STRING)
        public Kind kind;
        @Column(name = "target_code")
        public String targetCode;

        public Link() {
        }

        public Link(Kind kind, String targetCode) {
            this.kind = kind;
            this.targetCode = targetCode;
        }
    }
}
