package org.sendreform.metrics.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.sendreform.metrics.comparator.ComparatorSeries;
import org.sendreform.metrics.comparator.ComparatorValues;
import org.sendreform.metrics.lock.LockedPeriods;
import org.sendreform.metrics.lock.PeriodLock;
import org.sendreform.metrics.measure.Measure;
import org.sendreform.metrics.outlier.Outliers;
import org.sendreform.metrics.outlier.ValueFlag;
import org.sendreform.metrics.trajectory.MeasureStatusChanged;
import org.sendreform.metrics.trajectory.Expectation;
import org.sendreform.metrics.trajectory.Status;
import org.sendreform.metrics.trajectory.Trajectory;
import org.sendreform.platform.event.Outbox;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.problem.Problem.FieldError;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;

/**
 * A submission from end to end: read the body, refuse values for measures the partner does not own, check
 * every row, then store all or nothing (atomic) or the good rows (not atomic), once per Idempotency-Key.
 */
@ApplicationScoped
public class Submissions {

    public static final int MAX_ROWS = 100_000;
    private static final int MAX_LISTED_ERRORS = 1000;

    @Inject
    Ingest ingest;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    ComparatorSeries comparators;

    @Inject
    Outliers outliers;

    /** What was asked: the body and the options that change its meaning (they are part of the idempotency hash). */
    public record Request(byte[] body, boolean csv, SubmissionSummary.Mode mode, boolean atomic, boolean dryRun,
            String idempotencyKey) {
    }

    /** The answer: a summary, and whether it replays an earlier submission with the same key. */
    public record Result(SubmissionSummary summary, boolean replayed) {
    }

    @Transactional
    public Result submit(Request request, Ingest.Submitter who, boolean ownMeasuresOnly) {
        String hash = hash(request);
        if (!request.dryRun()) {
            ingest.lockFeed();
            if (request.idempotencyKey() != null) {
                Submission earlier = Submission.<Submission>find("clientId = ?1 and idempotencyKey = ?2", who.clientId(),
                        request.idempotencyKey()).firstResult();
                if (earlier != null) {
                    if (!earlier.requestHash.equals(hash)) {
                        throw ProblemException.invalid("Idempotency-Key",
                                "was already used for a different request; use a new key for new data");
                    }
                    return new Result(earlier.summary(outliers), true);
                }
            }
        }
        if (request.mode() == SubmissionSummary.Mode.SNAPSHOT && !request.atomic()) {
            throw ProblemException.invalid("atomic", "a snapshot is all or nothing: it cannot be combined with atomic=false");
        }
        List<ValueRow> rows;
        Map<Integer, Rejection> unreadable = Map.of();
        if (request.csv()) {
            CsvValues.Parsed parsed = CsvValues.parse(CsvValues.text(request.body()));
            rows = parsed.rows();
            unreadable = parsed.unreadable();
        } else {
            rows = readJson(request.body());
        }
        if (rows.isEmpty()) {
            throw ProblemException.invalid("values", "a submission needs at least one value");
        }
        if (rows.size() > MAX_ROWS) {
            throw ProblemException.invalid("values", "at most " + MAX_ROWS + " values per submission; split it");
        }
        Map<String, MeasureRules> measures = rulesOf(rows);
        if (ownMeasuresOnly) {
            refuseForeignMeasures(rows, measures, who.org());
        }
        LockedPeriods locks = PeriodLock.activeLocks();
        RowCheck.Outcome outcome = RowCheck.check(rows, unreadable, measures, locks, LocalDate.now(clock));
        if (request.atomic() && !request.dryRun() && !outcome.rejected().isEmpty()) {
            throw rejectedAll(outcome.rejected(), rows.size(), outcome.locked() > 0);
        }
        Ingest.Plan plan = ingest.plan(outcome.accepted(), request.mode(), who.org());
        List<Rejection> lockedRemovals = plan.removals().stream()
                .flatMap(r -> locks.lockFor(r.measureCode(), Period.parse(r.period())).stream()
                        .map(l -> new Rejection(0, "mode", "the snapshot would remove " + r.measureCode() + " " + r.period() + " "
                                + r.disaggregation() + ", but " + l.describe())))
                .toList();
        if (!lockedRemovals.isEmpty() && !request.dryRun()) {
            throw rejectedAll(lockedRemovals, rows.size(), true);
        }
        UUID id = request.dryRun() ? null : UUID.randomUUID();
        List<ValueFlag> flags = outliers.find(candidates(plan.created(), plan.updated()), candidates(outcome.accepted()));
        SubmissionSummary summary = new SubmissionSummary(id, Instant.now(clock), who.org(), request.mode(), request.atomic(),
                request.dryRun(), rows.size(), plan.created().size(), plan.updated().size(), plan.unchanged(),
                plan.removals().size(), outcome.rejected().size(), outcome.rejected(), flags.size(), flags);
        if (!request.dryRun()) {
            ingest.store(id, summary, who, request.idempotencyKey(), hash, plan);
            summary = summary.withFlags(outliers.store(id, who.org(), flags));
            announce(summary, plan);
        }
        return new Result(summary, false);
    }

    /**
     * The rules of the measures the rows name (a name no measure has stays absent: RowCheck refuses it). Only those:
     * loading the whole catalogue, each measure with its every breakdown, was most of a small submission's own CPU
     * (docs/benchmarks.md). Read-only: nothing here changes a measure, and a managed measure's array columns (owners,
     * disaggregations) would be dirty-checked element by element at every flush.
     */
    private static Map<String, MeasureRules> rulesOf(List<ValueRow> rows) {
        Set<String> codes = new HashSet<>();
        for (ValueRow row : rows) {
            if (row != null && row.measureCode() != null) {
                codes.add(row.measureCode());
            }
        }
        if (codes.isEmpty()) {
            return Map.of();
        }
        return Measure.<Measure>find("code in ?1", List.copyOf(codes))
                .withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).list().stream()
                .map(m -> new MeasureRules(m.id, m.code, m.unit, m.periodType, Set.copyOf(m.disaggregations),
                        Set.copyOf(m.dataOwners), m.definitionVersion))
                .collect(Collectors.toMap(MeasureRules::code, Function.identity()));
    }

    @SafeVarargs
    private static List<Outliers.Candidate> candidates(List<CheckedValue>... values) {
        List<Outliers.Candidate> out = new java.util.ArrayList<>();
        for (List<CheckedValue> list : values) {
            for (CheckedValue v : list) {
                out.add(new Outliers.Candidate(v.row(), v.measure().id(), v.measure().code(), v.period(), v.periodStart(),
                        v.disaggregation(), v.value()));
            }
        }
        return out;
    }

    /** The submission's events, in its transaction: one values-submitted, and each status it changed. */
    private void announce(SubmissionSummary summary, Ingest.Plan plan) {
        java.util.SortedSet<String> codes = new TreeSet<>();
        java.util.SortedSet<String> periods = new TreeSet<>();
        List<CheckedValue> changed = new java.util.ArrayList<>(plan.created());
        changed.addAll(plan.updated());
        changed.forEach(v -> {
            codes.add(v.measure().code());
            periods.add(v.period());
        });
        plan.removals().forEach(r -> {
            codes.add(r.measureCode());
            periods.add(r.period());
        });
        String id = summary.id().toString();
        outbox.publish(ValuesSubmitted.TYPE, "submission", id, id, new ValuesSubmitted(summary.id(), summary.org(),
                summary.mode(), summary.received(), summary.imported(), summary.updated(), summary.unchanged(),
                summary.removed(), summary.rejected(), List.copyOf(codes), List.copyOf(periods)));
        Map<String, Expectation> expectations = expectations(codes);
        for (CheckedValue v : changed) {
            Ingest.Stored before = plan.before().get(v.key());
            statusChange(expectations.get(v.measure().code()), v.measure().code(), v.period(), v.disaggregation(),
                    before == null ? null : before.value(), v.value(), id);
        }
        for (Ingest.Removal r : plan.removals()) {
            statusChange(expectations.get(r.measureCode()), r.measureCode(), r.period(), r.disaggregation(), r.oldValue(), null, id);
        }
    }

    /** The expected-value rule of each measure the submission touched, the series' own, with one query for comparator figures. */
    private Map<String, Expectation> expectations(java.util.Collection<String> codes) {
        List<Measure> touched = Measure.<Measure>find("code in ?1", List.copyOf(codes))
                .withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).list();
        ComparatorValues figures = comparators.valuesOf(touched.stream().filter(Expectation::usesComparators).map(m -> m.id).toList());
        return touched.stream().collect(Collectors.toMap(m -> m.code, m -> Expectation.of(m, figures)));
    }

    private void statusChange(Expectation expectation, String code, String period, String disaggregation,
            java.math.BigDecimal oldValue, java.math.BigDecimal newValue, String submission) {
        Expectation.Expected expected = expectation.at(Period.parse(period), disaggregation);
        if (expected.value() == null) {
            return; // nothing to be on or off track against: no status to change
        }
        Status was = expectation.status(expected, oldValue);
        Status now = expectation.status(expected, newValue);
        if (was != now) {
            outbox.publish(MeasureStatusChanged.TYPE, "measure", code, code, new MeasureStatusChanged(code, period, disaggregation,
                    was, now, newValue, Trajectory.plain(expected.value()), submission));
        }
    }

    private List<ValueRow> readJson(byte[] body) {
        try {
            SubmissionRequest request = mapper.readerFor(SubmissionRequest.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(body);
            if (request == null || request.values() == null) {
                throw ProblemException.invalid("values", "is required: {\"values\": [ ... ]}");
            }
            return request.values();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ProblemException.fromJson(e);
        } catch (IOException e) {
            throw ProblemException.badParameter("body", "could not be read");
        }
    }

    private static void refuseForeignMeasures(List<ValueRow> rows, Map<String, MeasureRules> measures, String org) {
        Set<String> foreign = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        for (ValueRow row : rows) {
            if (row != null && row.measureCode() != null && seen.add(row.measureCode())) {
                MeasureRules m = measures.get(row.measureCode());
                if (m != null && (org == null || !m.owners().contains(org))) {
                    foreign.add(m.code());
                }
            }
        }
        if (!foreign.isEmpty()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your organisation (" + org + ") does not own the data of "
                    + String.join(", ", foreign) + "; nothing was stored",
                    foreign.stream().map(code -> new FieldError("measureCode", code + " is owned by another organisation")).toList());
        }
    }

    private static ProblemException rejectedAll(List<Rejection> rejected, int received, boolean locked) {
        List<FieldError> errors = rejected.stream().limit(MAX_LISTED_ERRORS)
                .map(r -> new FieldError(r.row() > 0 ? "row[" + r.row() + "]." + r.field() : r.field(), r.reason())).toList();
        String detail = rejected.size() + " of " + received + " rows are not valid, so nothing was stored"
                + (rejected.size() > MAX_LISTED_ERRORS ? " (the first " + MAX_LISTED_ERRORS + " are listed)" : "")
                + "; fix them, or send atomic=false to store the valid rows";
        return new ProblemException(locked ? ProblemType.PERIOD_LOCKED : ProblemType.VALIDATION,
                (locked ? "Values fall in a locked period: " : "") + detail, errors);
    }

    private static String hash(Request request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.csv() + "|" + request.mode() + "|" + request.atomic() + "|").getBytes(StandardCharsets.UTF_8));
            sha.update(request.body());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
