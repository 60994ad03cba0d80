package org.sendreform.risk.escalation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One move of a risk along the escalation route, up or down, with the rule or the person's rationale. */
@Entity
@Table(name = "risk_escalation")
public class RiskEscalation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "risk_id")
    public Long riskId;
    @Column(name = "from_body")
    public String fromBody;
    @Column(name = "to_body")
    public String toBody;
    @Enumerated(EnumType.STRING)
    public EscalationReason reason;
    public String rationale;
    @Column(name = "moved_by")
    public String movedBy;
    @Column(name = "moved_at", insertable = false, updatable = false)
    public Instant movedAt;
}
