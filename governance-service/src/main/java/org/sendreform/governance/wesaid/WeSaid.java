package org.sendreform.governance.wesaid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.sendreform.governance.record.KeptRecord;

/** A "we said / we did" item: what was said, what was done, what it led to; published or not. */
@Entity
@Table(name = "we_said_we_did")
public class WeSaid extends KeptRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    public VoiceSource source;
    public String theme;
    @Column(name = "said_on")
    public LocalDate saidOn;
    @Column(name = "we_said")
    public String weSaid;
    @Column(name = "we_did")
    public String weDid;
    @Enumerated(EnumType.STRING)
    public WeSaidStatus status;
    public boolean published;
    @Column(name = "published_at")
    public Instant publishedAt;
    public String notes;

    @ElementCollection
    @CollectionTable(name = "we_said_decision", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "decision_id")
    public Set<Long> decisions = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "we_said_milestone", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "milestone_code")
    public Set<String> milestones = new HashSet<>();
}
