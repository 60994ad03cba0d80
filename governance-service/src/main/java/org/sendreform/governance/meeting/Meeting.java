package org.sendreform.governance.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A meeting of a body: scheduled from its cadence (and moved as needed), held with attendance and minutes, or cancelled. */
@Entity
public class Meeting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "body_code")
    public String body;
    @Column(name = "academic_year")
    public String academicYear;
    @Column(name = "scheduled_on")
    public LocalDate scheduledOn;
    @Enumerated(EnumType.STRING)
    public MeetingStatus status;
    public String minutes;
    @Version
    public long version;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderBy("position")
    public List<Attendee> attendance = new ArrayList<>();

    /** A seat at the meeting by role and organisation (never a named person's details), present or not. */
    @Embeddable
    public static class Attendee {
        public int position;
        public String role;
        public String organisation;
        public boolean present;
    }
}
