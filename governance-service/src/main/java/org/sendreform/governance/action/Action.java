package org.sendreform.governance.action;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sendreform.governance.record.KeptRecord;

/** An action arising from a body's meeting or decision: owned by a body, given to an owner, due by a date. */
@Entity
@Table(name = "action_item")
public class Action extends KeptRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String text;
    public String owner;
    @Column(name = "body_code")
    public String body;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    public ActionStatus status;
    @Column(name = "meeting_id")
    public Long meetingId;
    @Column(name = "decision_id")
    public Long decisionId;
    public String note;
    @Column(name = "closed_on")
    public LocalDate closedOn;
}
