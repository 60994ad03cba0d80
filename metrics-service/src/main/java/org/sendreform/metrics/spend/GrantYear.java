package org.sendreform.metrics.spend;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A financial year of the grant, with its allocation. */
@Entity
@Table(name = "grant_year")
public class GrantYear extends PanacheEntityBase {

    @Id
    public String year;
    public BigDecimal allocation;
    @Column(name = "allocation_status")
    public String allocationStatus;
    public String source;

    public static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        GrantYear.<GrantYear>listAll().forEach(y -> codes.add(y.year));
        return codes;
    }
}
