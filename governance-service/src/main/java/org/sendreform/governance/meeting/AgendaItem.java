package org.sendreform.governance.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One item of a meeting's agenda: a standing item, an escalation before the body, a paper, or another item. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "meeting_id")
    public Long meetingId;
    public int position;
    @Enumerated(EnumType.STRING)
    public AgendaKind kind;
    public String title;
    @Column(name = "escalation_id")
    public Long escalationId;
    @Column(name = "paper_ref")
    public String paperRef;
}
