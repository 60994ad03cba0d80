package org.sendreform.risk.signal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.sendreform.risk.register.Risk;

@Entity
@Table(name = "risk_signal")
public class RiskSignal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne
    @JoinColumn(name = "risk_id")
    public Risk risk;
    @Column(name = "event_id")
    public UUID eventId;
    public String source;
    public String kind;
    @Column(name = "subject_code")
    public String subjectCode;
    public String period;
    public String detail;
    @Column(name = "old_status")
    public String oldStatus;
    @Column(name = "new_status")
    public String newStatus;
    @Column(name = "received_at", insertable = false, updatable = false)
    public Instant receivedAt;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** Records a signal on a risk, or in triage when {@code risk} is null. */
    public static RiskSignal raise(Risk risk, UUID event, String source, String kind, String subject, String period, String detail,
            String oldStatus, String newStatus) {
        RiskSignal s = new RiskSignal();
        s.risk = risk;
        s.eventId = event;
        s.source = source;
        s.kind = kind;
        s.subjectCode = subject;
        s.period = period;
        s.detail = detail;
        s.oldStatus = oldStatus;
        s.newStatus = newStatus;
        s.persist();
        return s;
    }
}
