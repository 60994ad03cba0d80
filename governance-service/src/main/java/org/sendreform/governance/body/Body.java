package org.sendreform.governance.body;

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
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.annotations.UpdateTimestamp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A body of the governance spine: the Board, the RDG, a workspace, a Task and Finish group, or the HWB. */
@Entity
public class Body extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public BodyKind kind;
    public String purpose;
    @Column(name = "chair_role")
    public String chairRole;
    @Column(name = "senior_sponsor")
    public String seniorSponsor;
    @Enumerated(EnumType.STRING)
    public Cadence cadence;
    @Column(name = "meetings_per_year")
    public Integer meetingsPerYear;
    @Column(name = "cadence_source")
    public String cadenceSource;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "tor_version")
    public String torVersion;
    @Column(name = "tor_approved_on")
    public LocalDate torApprovedOn;
    @Column(name = "next_review_on")
    public LocalDate nextReviewOn;
    @Enumerated(EnumType.STRING)
    public BodyStatus status = BodyStatus.ACTIVE;
    @Column(name = "proposed_by_decision")
    public Long proposedByDecision;
    @Column(name = "ratified_by_decision")
    public Long ratifiedByDecision;
    @Column(name = "disbanded_on")
    public LocalDate disbandedOn;
    @Column(name = "disbanded_reason")
    public String disbandedReason;
    @Column(name = "disbanded_by")
    public String disbandedBy;
    @Version
    public long version;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    @UpdateTimestamp
    public Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "body_member", joinColumns = @JoinColumn(name = "body_code"))
    @OrderBy("position")
    public List<Member> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "decision_right", joinColumns = @JoinColumn(name = "body_code"))
    public List<DecisionRight> decisionRights = new ArrayList<>();

    /** A seat on the body: a role in an organisation, never a named person's details. */
    @Embeddable
    public static class Member {
        public int position;
        public String role;
        public String organisation;
    }

    @Embeddable
    public static class DecisionRight {
        @Enumerated(EnumType.STRING)
        @Column(name = "decision_type")
        public DecisionType decisionType;
        @Column(name = "non_delegable")
        public boolean nonDelegable;

        public DecisionRight() {
        }

        public DecisionRight(DecisionType decisionType, boolean nonDelegable) {
            this.decisionType = decisionType;
            this.nonDelegable = nonDelegable;
        }
    }

    public boolean mayDecide(DecisionType type) {
        return decisionRights.stream().anyMatch(r -> r.decisionType == type);
    }

    /** Terms of reference are reviewed annually; a review date in the past is overdue. */
    public boolean reviewOverdue(LocalDate today) {
        return nextReviewOn != null && today.isAfter(nextReviewOn);
    }
}
