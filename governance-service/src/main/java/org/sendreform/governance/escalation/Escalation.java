package org.sendreform.governance.escalation;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An escalation before a body: raised by a risk moving up the route, or by a body's decision to escalate. */
@Entity
public class Escalation extends PanacheEntityBase {

    public enum Source {
        RISK, BODY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "body_code")
    public String body;
    @Column(name = "from_body")
    public String fromBody;
    @Enumerated(EnumType.STRING)
    public Source source;
    @Column(name = "risk_code")
    public String riskCode;
    public String title;
    public String reason;
    public String rationale;
    @Column(name = "raised_by")
    public String raisedBy;
    @Column(name = "raised_at", insertable = false, updatable = false)
    public Instant raisedAt;
    @Enumerated(EnumType.STRING)
    public EscalationStatus status;
    @Column(name = "answered_by")
    public Long answeredBy;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "continued_as")
    public Long continuedAs;
    /** The meeting whose agenda it is on: the body's next meeting when it was raised. */
    @Column(name = "meeting_id")
    public Long meetingId;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "closing_note")
    public String closingNote;
    @Version
    public long version;

    /** Whole days from being raised until closed or withdrawn (or until now while it is open or answered). */
    public long daysOpen(Instant now) {
        Instant end = closedAt != null ? closedAt : now;
        return raisedAt == null ? 0 : Math.max(0, Duration.between(raisedAt, end).toDays());
    }
}
