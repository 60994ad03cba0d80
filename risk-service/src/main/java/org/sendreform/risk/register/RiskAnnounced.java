package org.sendreform.risk.register;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The version of a risk last announced as risk-changed. */
@Entity
@Table(name = "risk_announced")
public class RiskAnnounced extends PanacheEntityBase {
    @Id
    public String code;
    public long version;
}
