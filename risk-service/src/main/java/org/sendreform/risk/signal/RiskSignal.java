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
}
