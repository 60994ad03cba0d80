package org.sendreform.risk.mitigation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.risk.register.Risk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An action that reduces a risk: who carries it, by when, and how far it has got. Its version is its ETag. */
@Entity
public class Mitigation extends PanacheEntityBase {

    @Schema(name = "MitigationStatus")
    public enum Status {
        OPEN, IN_PROGRESS, DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne
    @JoinColumn(name = "risk_id")
    public Risk risk;

    /** Order within the risk, as the plan lists the actions; new ones go last. */
    public int position;
    public String action;
    public String owner;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public Status status;
    /** The day the action was marked DONE; cleared when it is reopened. */
    @Column(name = "completed_on")
    public LocalDate completedOn;
    @Version
    public long version;

    /** Not done and due before {@code today}. */
    public boolean overdue(LocalDate today) {
        return status != Status.DONE && dueDate != null && dueDate.isBefore(today);
    }
}
