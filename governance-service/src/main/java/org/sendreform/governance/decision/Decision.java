package org.sendreform.governance.decision;

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
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.sendreform.governance.body.DecisionType;

/** A recorded decision. Nothing of it changes after it is recorded but the link to a decision superseding it. */
@Entity
public class Decision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "body_code")
    public String body;
    @Enumerated(EnumType.STRING)
    public DecisionType type;
    public String statement;
    public String rationale;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "review_on")
    public LocalDate reviewOn;
    public Long supersedes;
    @Column(name = "superseded_by")
    public Long supersededBy;
    @Column(name = "answers_escalation")
    public Long answersEscalation;
    @Column(name = "meeting_id")
    public Long meetingId;
    @Column(name = "task_and_finish_group")
    public String taskAndFinishGroup;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at", insertable = false, updatable = false)
    public Instant recordedAt;
    @Version
    public long version;
    @Column(name = "idempotency_client")
    public String idempotencyClient;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "request_hash")
    public String requestHash;

    @ElementCollection
    @CollectionTable(name = "decision_reference", joinColumns = @JoinColumn(name = "decision_id"))
    public List<Reference> references = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "decision_rebaseline", joinColumns = @JoinColumn(name = "decision_id"))
    public List<Rebaseline> rebaselines = new ArrayList<>();

    @Embeddable
    public static class Reference {
        public enum Kind {
            EVIDENCE_MEASURE, EVIDENCE_RISK, EVIDENCE_MILESTONE, ACCEPTS_RISK
        }

        @Enumerated(EnumType.STRING)
        public Kind kind;
        public String code;

        public Reference() {
        }

        public Reference(Kind kind, String code) {
            this.kind = kind;
            this.code = code;
        }
    }

    @Embeddable
    public static class Rebaseline {
        @Column(name = "milestone_code")
        public String milestoneCode;
        @Column(name = "due_date")
        public LocalDate dueDate;

        public Rebaseline() {
        }

        public Rebaseline(String milestoneCode, LocalDate dueDate) {
            this.milestoneCode = milestoneCode;
            this.dueDate = dueDate;
        }
    }

    public List<String> codes(Reference.Kind kind) {
        return references.stream().filter(r -> r.kind == kind).map(r -> r.code).sorted().toList();
    }
}
