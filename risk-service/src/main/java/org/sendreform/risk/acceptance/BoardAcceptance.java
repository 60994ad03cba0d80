package org.sendreform.risk.acceptance;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A Board decision accepting a risk, as governance-service published it: the only licence to accept a risk. */
@Entity
@Table(name = "board_acceptance")
@IdClass(BoardAcceptance.Key.class)
public class BoardAcceptance extends PanacheEntityBase {

    public static class Key implements Serializable {
        public Long decisionId;
        public String riskCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(decisionId, k.decisionId) && java.util.Objects.equals(riskCode, k.riskCode);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(decisionId, riskCode);
        }
    }

    @Id
    @Column(name = "decision_id")
    public Long decisionId;
    @Id
    @Column(name = "risk_code")
    public String riskCode;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    public String statement;
    @Column(name = "received_at", insertable = false, updatable = false)
    public Instant receivedAt;
}
