package org.sendreform.governance.qa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.sendreform.governance.record.KeptRecord;

/** A QA report: aggregate findings about one provider, setting or service. Nothing in it is about one child. */
@Entity
@Table(name = "qa_report")
public class QaReport extends KeptRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    public QaKind kind;
    public String provider;
    @Column(name = "audited_on")
    public LocalDate auditedOn;
    @Enumerated(EnumType.STRING)
    public QaRating rating;
    @Column(name = "sample_size")
    public Integer sampleSize;
    public String findings;
    @Column(name = "action_plan")
    public String actionPlan;
    @Enumerated(EnumType.STRING)
    public QaStatus status;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    @ElementCollection
    @CollectionTable(name = "qa_report_concern", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    public List<Concern> concerns = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "qa_report_action", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "action_id")
    public Set<Long> actions = new HashSet<>();

    /** One concern the report found, and whether it has since been resolved. */
    @Embeddable
    public static class Concern {
        public String text;
        public boolean resolved;

        public Concern() {
        }

        public Concern(String text, boolean resolved) {
            this.text = text;
            this.resolved = resolved;
        }
    }

    public long openConcerns() {
        return concerns.stream().filter(c -> !c.resolved).count();
    }
}
