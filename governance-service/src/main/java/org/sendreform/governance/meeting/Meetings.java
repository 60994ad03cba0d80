package org.sendreform.governance.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import org.sendreform.governance.body.Body;
import org.sendreform.governance.escalation.Escalation;
import org.sendreform.governance.escalation.EscalationStatus;
import org.sendreform.platform.period.Period;

/**
 * Meetings and their agendas: a body's schedule for an academic year with the standing items on every agenda,
 * and each open escalation placed on the next meeting of the body it is before (moved on when that meeting is
 * cancelled or held without dealing with it).
 */
@ApplicationScoped
public class Meetings {

    @Inject
    Clock clock;

    /** Creates the body's meetings for the year from its cadence; open escalations without a meeting go on the first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Meeting> schedule(Body body, Period academicYear) {
        List<Meeting> created = new ArrayList<>();
        for (LocalDate day : Schedule.dates(body.kind, body.cadence, academicYear.start())) {
            Meeting m = new Meeting();
            m.body = body.code;
            m.academicYear = academicYear.code();
            m.scheduledOn = day;
            m.status = MeetingStatus.SCHEDULED;
            m.persist();
            for (AgendaKind standing : Schedule.standingItems(body.kind)) {
                item(m, standing, standing.standingTitle, null, null);
            }
            created.add(m);
        }
        Escalation.<Escalation>list("body = ?1 and status = ?2 and meetingId is null", Sort.by("id"), body.code, EscalationStatus.OPEN)
                .forEach(this::placeOnNextMeeting);
        return created;
    }

    /** Puts an open escalation on the next scheduled meeting of its body from today, if the body has one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Meeting> placeOnNextMeeting(Escalation e) {
        return placeAfter(e, LocalDate.now(clock).minusDays(1));
    }

    /** A cancelled meeting's open escalations move to the body's next meeting after it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveOpenEscalations(Meeting from) {
        List<AgendaItem> items = AgendaItem.list("meetingId = ?1 and kind = ?2", from.id, AgendaKind.ESCALATION);
        for (AgendaItem item : items) {
            Escalation e = Escalation.findById(item.escalationId);
            if (e != null && e.status == EscalationStatus.OPEN) {
                e.meetingId = null;
                placeAfter(e, from.scheduledOn);
            }
        }
    }

    /** Adds an item to an existing meeting's agenda: the meeting's version moves on, so its ETag does too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AgendaItem add(Meeting m, AgendaKind kind, String title, Long escalationId, String paperRef) {
        Meeting.getEntityManager().lock(m, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return item(m, kind, title, escalationId, paperRef);
    }

    private AgendaItem item(Meeting m, AgendaKind kind, String title, Long escalationId, String paperRef) {
        AgendaItem item = new AgendaItem();
        item.meetingId = m.id;
        Number last = AgendaItem.getEntityManager().createQuery("select max(a.position) from AgendaItem a where a.meetingId = ?1", Number.class)
                .setParameter(1, m.id).getSingleResult();
        item.position = last == null ? 1 : last.intValue() + 1;
        item.kind = kind;
        item.title = title;
        item.escalationId = escalationId;
        item.paperRef = paperRef;
        item.persist();
        return item;
    }

    private Optional<Meeting> placeAfter(Escalation e, LocalDate after) {
        Optional<Meeting> next = Meeting.<Meeting>find("body = ?1 and status = ?2 and scheduledOn > ?3",
                Sort.by("scheduledOn").and("id"), e.body, MeetingStatus.SCHEDULED, after).firstResultOptional();
        next.ifPresent(m -> {
            add(m, AgendaKind.ESCALATION, "Escalation " + e.id + ": " + e.title, e.id, null);
            e.meetingId = m.id;
        });
        return next;
    }
}
