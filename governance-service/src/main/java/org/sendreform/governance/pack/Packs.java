package org.sendreform.governance.pack;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import org.sendreform.governance.action.Action;
import org.sendreform.governance.action.ActionStatus;
import org.sendreform.governance.decision.Decision;
import org.sendreform.governance.escalation.Escalation;
import org.sendreform.governance.escalation.EscalationStatus;
import org.sendreform.governance.meeting.Meeting;
import org.sendreform.governance.meeting.MeetingStatus;
import org.sendreform.governance.pack.PackContent.ActionLine;
import org.sendreform.governance.pack.PackContent.DecisionLine;
import org.sendreform.governance.pack.PackContent.EscalationLine;
import org.sendreform.governance.pack.PackContent.MeasureLine;
import org.sendreform.governance.pack.PackContent.MilestoneLine;
import org.sendreform.governance.pack.PackContent.RiskLine;
import org.sendreform.governance.pack.PackContent.QaReportLine;
import org.sendreform.governance.pack.PackContent.WeSaidLine;
import org.sendreform.governance.qa.QaReport;
import org.sendreform.governance.qa.QaStatus;
import org.sendreform.governance.wesaid.WeSaid;
import org.sendreform.platform.period.Period;

/**
 * Assembles the Board assurance pack for a meeting from governance's read models (milestones, risks, measure
 * statuses, as their events last told) and its own records (escalations, decisions, published "we said / we did"
 * items, the body's open actions, QA reports published since its previous meeting). It never calls another
 * service, so it builds while one is down; the freshness block says how old each part is.
 */
@ApplicationScoped
public class Packs {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PackContent assemble(Meeting meeting) {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        return new PackContent(meeting.body, meeting.id, meeting.scheduledOn, now, freshness(),
                progress(meeting.scheduledOn, today), measures(null), risks(), escalations(meeting.body, now), decisions(meeting, today),
                weSaidWeDid(), actions(meeting.body, today), qaReports(meeting, today));
    }

    /** When governance last heard from each service. */
    public PackContent.Freshness freshness() {
        return new PackContent.Freshness(latest("milestone_state"), latest("risk_state"), latest("measure_state"));
    }

    private Instant latest(String table) {
        Object t = em.createNativeQuery("select max(received_at) from " + table).getSingleResult();
        return t == null ? null : t instanceof Timestamp ts ? ts.toInstant() : t instanceof Instant i ? i
                : ((java.time.OffsetDateTime) t).toInstant();
    }

    @SuppressWarnings("unchecked")
    private PackContent.Progress progress(LocalDate meetingOn, LocalDate today) {
        List<Object[]> rows = em.createNativeQuery("select code, title, workspace, due_date, forecast_date, completed_on, status, "
                + "confidence from milestone_state order by due_date, code").getResultList();
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byConfidence = new TreeMap<>();
        List<MilestoneLine> slipped = new ArrayList<>();
        List<MilestoneLine> dueNext = new ArrayList<>();
        Period next = Period.financialQuarterOf(meetingOn).next();
        int complete = 0;
        int live = 0;
        for (Object[] r : rows) {
            String status = (String) r[6];
            LocalDate due = date(r[3]);
            LocalDate forecast = date(r[4]);
            long days = Slippage.days(status, due, forecast, date(r[5]), today);
            MilestoneLine line = new MilestoneLine((String) r[0], (String) r[1], (String) r[2], due, forecast, status, (String) r[7], days);
            byStatus.merge(status, 1, Integer::sum);
            byConfidence.merge(r[7] == null ? "NOT_SET" : (String) r[7], 1, Integer::sum);
            if (!"CANCELLED".equals(status)) {
                live++;
                complete += "COMPLETE".equals(status) ? 1 : 0;
            }
            if (days > 0) {
                slipped.add(line);
            }
            boolean open = "NOT_STARTED".equals(status) || "IN_PROGRESS".equals(status);
            if (open && next.contains(due)) {
                dueNext.add(line);
            }
        }
        return new PackContent.Progress(rows.size(), byStatus, byConfidence, live == 0 ? 0 : complete * 100 / live, slipped, dueNext);
    }

    /** Each measure's latest period (ending by {@code upTo}, when given), off track first. */
    @SuppressWarnings("unchecked")
    public List<MeasureLine> measures(LocalDate upTo) {
        List<Object[]> rows = em.createNativeQuery("select distinct on (measure_code, disaggregation) measure_code, disaggregation, period, "
                + "status, value, expected from measure_state where period_end <= ?1 order by measure_code, disaggregation, period_end desc")
                .setParameter(1, upTo == null ? LocalDate.of(9999, 12, 31) : upTo).getResultList();
        return rows.stream().map(r -> new MeasureLine((String) r[0], (String) r[1], (String) r[2], (String) r[3], (BigDecimal) r[4],
                (BigDecimal) r[5])).sorted(Comparator.comparing((MeasureLine m) -> severity(m.status())).thenComparing(MeasureLine::code))
                .toList();
    }

    private static int severity(String status) {
        return switch (status) {
            case "OFF_TRACK" -> 0;
            case "AT_RISK" -> 1;
            case "ON_TRACK" -> 2;
            default -> 3;
        };
    }

    /** The register as governance last heard it, closed risks left out, by code. */
    @SuppressWarnings("unchecked")
    public List<RiskLine> openRisks() {
        List<Object[]> rows = em.createNativeQuery("select code, title, owning_body, status, assessed_rag, matrix_rag, residual_rag, "
                + "target_rag, above_appetite, accepted_by_decision from risk_state where status <> 'CLOSED' order by code")
                .getResultList();
        return rows.stream().map(r -> new RiskLine((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (String) r[7], (Boolean) r[8], r[9] == null ? null : ((Number) r[9]).longValue())).toList();
    }

    private PackContent.Risks risks() {
        Map<String, List<RiskLine>> byBody = new LinkedHashMap<>();
        List<String> red = new ArrayList<>();
        List<String> escalated = new ArrayList<>();
        List<String> above = new ArrayList<>();
        for (RiskLine line : openRisks()) {
            byBody.computeIfAbsent(line.owningBody(), b -> new ArrayList<>()).add(line);
            if ("RED".equals(line.residualRag())) {
                red.add(line.code());
            }
            if ("ESCALATED".equals(line.status())) {
                escalated.add(line.code());
            }
            if (line.aboveAppetite()) {
                above.add(line.code());
            }
        }
        return new PackContent.Risks(new TreeMap<>(byBody), red, escalated, above);
    }

    private static List<EscalationLine> escalations(String body, Instant now) {
        return Escalation.<Escalation>list("body = ?1 and status = ?2", Sort.by("id"), body, EscalationStatus.OPEN).stream()
                .map(e -> new EscalationLine(e.id, e.title, e.fromBody, e.riskCode, e.reason, e.raisedAt, e.daysOpen(now))).toList();
    }

    /**
     * The day of the body's previous meeting that was not cancelled; when this is its first, 1 January 1970, long
     * before anything here (LocalDate.MIN is outside PostgreSQL's dates: the first meeting's pack would fail).
     */
    private static LocalDate previousMeetingOn(Meeting meeting) {
        return Meeting.<Meeting>find("body = ?1 and scheduledOn < ?2 and status <> ?3", Sort.descending("scheduledOn"),
                meeting.body, meeting.scheduledOn, MeetingStatus.CANCELLED).firstResultOptional().map(m -> m.scheduledOn)
                .orElse(LocalDate.EPOCH);
    }

    private static List<DecisionLine> decisions(Meeting meeting, LocalDate today) {
        LocalDate since = previousMeetingOn(meeting);
        return Decision.<Decision>list("body in ('board', 'rdg') and decidedOn > ?1 and decidedOn <= ?2", Sort.by("decidedOn").and("id"),
                since, meeting.scheduledOn.isAfter(today) ? today : meeting.scheduledOn).stream()
                .map(d -> new DecisionLine(d.id, d.body, d.type.name(), d.statement, d.decidedOn)).toList();
    }

    private static List<WeSaidLine> weSaidWeDid() {
        return WeSaid.<WeSaid>list("published", Sort.descending("saidOn").and("id", Sort.Direction.Descending), true).stream()
                .map(w -> new WeSaidLine(w.id, w.source.name(), w.theme, w.saidOn, w.weSaid, w.weDid, w.status.name(),
                        w.decisions.stream().sorted().toList(), w.milestones.stream().sorted().toList()))
                .toList();
    }

    private static List<ActionLine> actions(String body, LocalDate today) {
        return Action.<Action>list("body = ?1 and status in ?2", Sort.by("dueOn").and("id"), body,
                List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS)).stream()
                .map(a -> new ActionLine(a.id, a.text, a.owner, a.dueOn, a.status.name(), ActionStatus.overdue(a.status, a.dueOn, today),
                        a.meetingId, a.decisionId))
                .toList();
    }

    /**
     * QA reports published after the body's previous meeting, up to this meeting's day (or today, before it): each
     * reaches the Board once, however long ago the audit was. Withdrawn ones are left out. Worst rating first, then
     * the newest audited.
     */
    private static List<QaReportLine> qaReports(Meeting meeting, LocalDate today) {
        LocalDate since = previousMeetingOn(meeting);
        LocalDate upTo = meeting.scheduledOn.isAfter(today) ? today : meeting.scheduledOn;
        return QaReport.<QaReport>list("status = ?1 and publishedOn > ?2 and publishedOn <= ?3", Sort.by("id"), QaStatus.PUBLISHED,
                since, upTo).stream()
                .sorted(Comparator.comparing((QaReport r) -> -r.rating.severity()).thenComparing(r -> r.auditedOn, Comparator.reverseOrder())
                        .thenComparing(r -> r.id))
                .map(r -> new QaReportLine(r.id, r.kind.name(), r.provider, r.auditedOn, r.rating.name(), r.rating.rag(), r.sampleSize,
                        r.findings, r.concerns.stream().map(c -> c.text).toList(), r.openConcerns(), r.actionPlan,
                        r.actions.stream().sorted().toList(), r.publishedOn))
                .toList();
    }

    public static LocalDate date(Object o) {
        return o == null ? null : o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
