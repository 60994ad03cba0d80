package org.sendreform.metrics.spend;

import java.io.IOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.sendreform.metrics.lock.LockedPeriods;
import org.sendreform.metrics.submission.Rejection;
import org.sendreform.platform.event.Outbox;
import org.sendreform.platform.problem.Problem.FieldError;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;

/**
 * An actual spend submission from end to end: once per Idempotency-Key, check every row, store all or nothing
 * (a correction keeps the old amount in the change log), and publish each grant condition whose status the
 * stored rows change, in the same transaction (outbox).
 */
@ApplicationScoped
public class SpendSubmissions {

    public static final int MAX_ROWS = 1000;
    /** Serialises spend writers, so each submission's "status before" is the previous one's "status after". */
    static final long SPEND_LOCK = 0x5E4D_0002L;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    SpendData data;

    @Inject
    SpendConfig config;

    /** Who submits: the token's client and subject, its organisation, a readable name for the history. */
    public record Submitter(String clientId, String org, String name) {
    }

    public record Result(SpendSubmissionSummary summary, boolean replayed) {
    }

    /**
     * Serialises changes to grant spend (actuals and the plan) for the rest of the transaction: each change
     * announces the year's whole position, so two at once must not each announce a position without the other's,
     * and a plan line set by two at once before it exists must be created once.
     */
    static void lockSpend(EntityManager em) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(?1)").setParameter(1, SPEND_LOCK).getSingleResult();
    }

    @Transactional
    public Result submit(byte[] body, String idempotencyKey, Submitter who) {
        lockSpend(em);
        String hash = hash(body);
        if (idempotencyKey != null) {
            SpendSubmission earlier = SpendSubmission.<SpendSubmission>find("clientId = ?1 and idempotencyKey = ?2", who.clientId(),
                    idempotencyKey).firstResult();
            if (earlier != null) {
                if (!earlier.requestHash.equals(hash)) {
                    throw ProblemException.invalid("Idempotency-Key", "was already used for a different request; use a new key for new data");
                }
                return new Result(read(earlier.answer), true);
            }
        }
        List<ActualRow> rows = readJson(body);
        if (rows.isEmpty()) {
            throw ProblemException.invalid("actuals", "a submission needs at least one row");
        }
        if (rows.size() > MAX_ROWS) {
            throw ProblemException.invalid("actuals", "at most " + MAX_ROWS + " rows per submission; split it");
        }
        Map<String, SpendData.Category> categories = data.categories();
        Map<String, Set<ConditionBucket>> buckets = categories.values().stream()
                .collect(Collectors.toMap(SpendData.Category::code, c -> c.planShares().keySet()));
        LockedPeriods locks = SpendData.activeLocks();
        ActualRowCheck.Outcome outcome = ActualRowCheck.check(rows, buckets, GrantYear.codes(), q -> SpendData.lockOf(locks, q),
                LocalDate.now(clock));
        if (!outcome.rejected().isEmpty()) {
            throw rejected(outcome.rejected(), rows.size(), outcome.locked() > 0);
        }

        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        Set<String> years = new TreeSet<>();
        outcome.accepted().forEach(r -> years.add(r.year()));
        Map<String, List<SpendActual>> stored = new HashMap<>();
        Map<String, Map<ConditionBucket, ConditionStatus>> before = new HashMap<>();
        Map<String, Map<ConditionBucket, BigDecimal>> beforeSpend = new HashMap<>();
        for (String year : years) {
            List<SpendActual> actuals = data.actuals(year);
            stored.put(year, actuals);
            beforeSpend.put(year, SpendData.byBucket(actuals));
            before.put(year, GrantConditions.statuses(beforeSpend.get(year), config.atRiskMargin()));
        }
        Map<String, SpendActual> byKey = new HashMap<>();
        stored.values().forEach(list -> list.forEach(a -> byKey.put(a.key(), a)));

        SpendSubmission submission = new SpendSubmission();
        submission.id = id;
        submission.clientId = who.clientId();
        submission.org = who.org();
        submission.idempotencyKey = idempotencyKey;
        submission.requestHash = hash;
        submission.receivedAt = now;
        submission.answer = "{}";
        submission.persist();
        em.flush(); // the actuals refer to it

        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ActualRowCheck.Checked row : outcome.accepted()) {
            SpendActual a = byKey.get(row.key());
            BigDecimal old = a == null ? null : a.amount;
            if (a != null && a.amount.compareTo(row.amount()) == 0 && java.util.Objects.equals(a.comment, row.comment())) {
                unchanged++;
                continue;
            }
            if (a == null) {
                a = new SpendActual();
                a.year = row.year();
                a.quarter = row.quarter();
                a.quarterStart = row.quarterStart();
                a.category = row.category();
                a.bucket = row.bucket();
                stored.get(row.year()).add(a);
                created++;
            } else {
                updated++;
            }
            a.amount = row.amount();
            a.comment = row.comment();
            a.org = who.org();
            a.submissionId = id;
            a.updatedAt = now;
            a.persist();
            SpendActualChange change = new SpendActualChange();
            change.quarter = row.quarter();
            change.category = row.category();
            change.bucket = row.bucket().name();
            change.change = old == null ? "CREATED" : "UPDATED";
            change.oldAmount = old;
            change.newAmount = row.amount();
            change.comment = row.comment();
            change.org = who.org();
            change.changedBy = who.name();
            change.submissionId = id;
            change.persist();
        }

        List<SpendSubmissionSummary.StatusChange> changes = new ArrayList<>();
        for (String year : years) {
            Map<ConditionBucket, BigDecimal> afterSpend = SpendData.byBucket(stored.get(year));
            BigDecimal beforeTotal = total(beforeSpend.get(year));
            BigDecimal afterTotal = total(afterSpend);
            Map<ConditionBucket, ConditionStatus> after = GrantConditions.statuses(afterSpend, config.atRiskMargin());
            for (GrantConditions.Condition c : GrantConditions.CONDITIONS) {
                ConditionStatus was = before.get(year).get(c.bucket());
                ConditionStatus now2 = after.get(c.bucket());
                if (was != now2) {
                    BigDecimal amount = afterSpend.getOrDefault(c.bucket(), GrantConditions.NONE);
                    GrantConditionStatusChanged event = new GrantConditionStatusChanged(year, c.bucket(), c.rule(),
                            c.thresholdPercent(), was, now2,
                            GrantConditions.share(beforeSpend.get(year).getOrDefault(c.bucket(), GrantConditions.NONE), beforeTotal),
                            GrantConditions.share(amount, afterTotal), amount, afterTotal, id);
                    outbox.publish(GrantConditionStatusChanged.TYPE, "grant-condition", event.aggregateId(), event.aggregateId(), event);
                    changes.add(new SpendSubmissionSummary.StatusChange(year, c.bucket(), was, now2));
                }
            }
        }
        for (String year : years) {
            if (created + updated > 0) {
                GrantSpendChanged spend = GrantSpendChanged.of(year, data.planLines(year), stored.get(year), id);
                outbox.publish(GrantSpendChanged.TYPE, "grant-spend", year, year, spend);
            }
        }
        SpendSubmissionSummary summary = new SpendSubmissionSummary(id, now, who.org(), rows.size(), created, updated, unchanged,
                changes);
        submission.answer = write(summary);
        return new Result(summary, false);
    }

    private static BigDecimal total(Map<ConditionBucket, BigDecimal> spend) {
        return spend.values().stream().reduce(GrantConditions.NONE, BigDecimal::add);
    }

    private List<ActualRow> readJson(byte[] body) {
        try {
            ActualsRequest request = mapper.readerFor(ActualsRequest.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(body);
            if (request == null || request.actuals() == null) {
                throw ProblemException.invalid("actuals", "is required: {\"actuals\": [ ... ]}");
            }
            return request.actuals();
        } catch (JsonProcessingException e) {
            throw ProblemException.fromJson(e);
        } catch (IOException e) {
            throw ProblemException.badParameter("body", "could not be read");
        }
    }

    SpendSubmissionSummary read(String answer) {
        try {
            return mapper.readValue(answer, SpendSubmissionSummary.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(SpendSubmissionSummary summary) {
        try {
            return mapper.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException rejected(List<Rejection> rejected, int received, boolean locked) {
        List<FieldError> errors = rejected.stream().map(r -> new FieldError("row[" + r.row() + "]." + r.field(), r.reason())).toList();
        String detail = rejected.size() + " of " + received + " rows are not valid, so nothing was stored; fix them and send again";
        return new ProblemException(locked ? ProblemType.PERIOD_LOCKED : ProblemType.VALIDATION,
                (locked ? "Spend falls in a locked quarter: " : "") + detail, errors);
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
