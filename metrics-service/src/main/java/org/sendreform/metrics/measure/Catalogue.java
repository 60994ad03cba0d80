package org.sendreform.metrics.measure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.sendreform.metrics.submission.Ingest;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.event.Outbox;
import org.sendreform.platform.patch.MergedRequest;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.problem.FieldErrors;
import org.sendreform.platform.problem.Problem.FieldError;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;
import org.sendreform.platform.version.IfMatch;

/**
 * The catalogue's write side: a measure is created with its first definition, and changed by merge patch. A change
 * to what a value means (definition text, numerator, denominator, unit, direction, period type, source, a breakdown
 * taken away) is a new definition version, with a reason; a change to wording, targets, owners or tolerance is not.
 * Each is audited and announced through the outbox in its own transaction.
 */
@ApplicationScoped
public class Catalogue {

    /** The request fields that make up a definition: changing one is a new definition version. */
    static final Set<String> DEFINITION = Set.of("definition", "numeratorDefinition", "denominatorDefinition", "unit", "direction",
            "periodType", "source");
    static final String REASON = "reason";

    @Inject
    MergedRequest merge;

    @Inject
    ObjectMapper json;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Ingest ingest;

    @Inject
    Clock clock;

    @Transactional
    public Measure create(NewMeasure request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a measure is required");
        }
        FieldErrors.requireNone(MeasureCheck.check(request, true));
        Measure.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "measure " + request.code()).getSingleResult();
        if (Measure.count("code", request.code()) > 0) {
            throw ProblemException.conflict("Measure " + request.code() + " already exists; change it with PATCH /api/v1/measures/"
                    + request.code());
        }
        Measure m = new Measure();
        m.code = request.code();
        hold(m, request);
        m.persist();
        replaceTargets(m, request);
        String who = audit.caller().name();
        MeasureDefinition.of(m, who, Instant.now(clock), "Defined", List.of()).persist();
        m.flush();
        MeasureView view = MeasureView.of(m);
        audit.record("measure", m.code, "CREATED", null, view);
        outbox.publish(MeasureDefined.TYPE, "measure", m.code, m.code, new MeasureDefined(view, who));
        return m;
    }

    /** Applies a merge patch; {@code reason} (not part of the measure) says why its definition changes. */
    @Transactional
    public Measure change(String code, String ifMatch, JsonNode patch) {
        // a submission stores values under the definition it read: it holds the change log's writer lock, so a
        // definition change waits for submissions in flight and none stores under a definition no longer current
        ingest.lockFeed();
        Measure m = Measure.<Measure>find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Measure", code));
        IfMatch.require(ifMatch, m.version);
        String reason = reason(patch);
        NewMeasure before = NewMeasure.of(m);
        NewMeasure after = merge.apply(before, withoutReason(patch), NewMeasure.class);
        List<String> changed = changedFields(before, after);
        boolean lostBreakdown = !after.disaggregationsOrAll().containsAll(before.disaggregations());
        List<String> definitionChanged = changed.stream().filter(f -> DEFINITION.contains(f)
                || f.equals("disaggregations") && lostBreakdown).toList();
        boolean newVersion = !definitionChanged.isEmpty();
        List<FieldError> errors = new ArrayList<>(MeasureCheck.check(after, newVersion || m.definition != null));
        if (!code.equals(after.code())) {
            errors.add(new FieldError("code", "is the measure's identity and does not change"));
        }
        if (newVersion && (reason == null || reason.isBlank())) {
            errors.add(new FieldError(REASON, "is required when the definition changes (" + String.join(", ", definitionChanged) + ")"));
        } else if (reason != null && reason.length() > 2000) {
            errors.add(new FieldError(REASON, "must be at most 2000 characters"));
        }
        FieldErrors.requireNone(errors);
        if (changed.isEmpty()) {
            return m;
        }
        refuseOrphans(m, before, after);
        MeasureView was = MeasureView.of(m);
        hold(m, after);
        if (changed.contains("targets")) {
            replaceTargets(m, after);
        }
        String who = audit.caller().name();
        if (newVersion) {
            m.definitionVersion++;
            MeasureDefinition.of(m, who, Instant.now(clock), reason, definitionChanged).persist();
        }
        // targets live in their own table: touching the measure moves its version (the ETag) with them too
        m.updatedAt = Instant.now();
        m.flush();
        MeasureView view = MeasureView.of(m);
        audit.record("measure", code, "UPDATED", was, view);
        outbox.publish(MeasureChanged.TYPE, "measure", code, code, new MeasureChanged(view, m.definitionVersion, newVersion,
                changed, reason, who));
        return m;
    }

    /**
     * Stored values keep the meaning they were submitted with: a change that would leave them in a period type, unit
     * or breakdown the measure no longer has is refused (409); they can be removed first with a snapshot submission.
     */
    private static void refuseOrphans(Measure m, NewMeasure before, NewMeasure after) {
        List<FieldError> orphans = new ArrayList<>();
        long stored = -1;
        if (!after.periodType().equals(before.periodType()) || !after.unit().equals(before.unit())) {
            stored = storedValues(m.id, null);
            if (stored > 0 && !after.periodType().equals(before.periodType())) {
                orphans.add(new FieldError("periodType", stored + " values are stored by " + before.periodType()));
            }
            if (stored > 0 && !after.unit().equals(before.unit())) {
                orphans.add(new FieldError("unit", stored + " values are stored as " + before.unit()));
            }
        }
        for (String breakdown : before.disaggregations()) {
            if (!after.disaggregationsOrAll().contains(breakdown)) {
                long n = storedValues(m.id, breakdown);
                if (n > 0) {
                    orphans.add(new FieldError("disaggregations", n + " values are stored for '" + breakdown + "'"));
                }
            }
        }
        if (!orphans.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "The change would orphan stored values of " + m.code + ": "
                    + String.join("; ", orphans.stream().map(e -> e.field() + ": " + e.message()).toList())
                    + ". Define a new measure instead, or remove those values first", orphans);
        }
    }

    private static long storedValues(long measureId, String disaggregation) {
        Object n = Measure.getEntityManager().createNativeQuery("select count(*) from measure_value where measure_id = ?1 "
                + "and (cast(?2 as text) is null or disaggregation = ?2)")
                .setParameter(1, measureId).setParameter(2, disaggregation).getSingleResult();
        return ((Number) n).longValue();
    }

    /** The request's state, held by the measure (its targets apart). */
    private static void hold(Measure m, NewMeasure r) {
        m.name = r.name();
        m.description = r.description();
        m.definition = r.definition();
        m.numeratorDefinition = blankToNull(r.numeratorDefinition());
        m.denominatorDefinition = blankToNull(r.denominatorDefinition());
        m.unit = Unit.valueOf(r.unit());
        m.direction = Direction.valueOf(r.direction());
        m.kind = MeasureKind.valueOf(r.kind());
        m.periodType = Period.Kind.valueOf(r.periodType());
        m.themeCode = r.theme();
        m.dataOwners = new ArrayList<>(r.dataOwners());
        m.disaggregations = new ArrayList<>(r.disaggregationsOrAll());
        NewMeasure.NewBaseline b = r.baseline() != null ? r.baseline() : new NewMeasure.NewBaseline(null, null, null);
        m.baselineValue = b.value();
        m.baselinePeriod = b.period();
        m.baselineNote = b.note();
        m.targetText = r.targetText();
        m.source = r.source();
        m.tolerance = r.tolerance();
        m.submissionDueDays = r.submissionDueDays() != null ? r.submissionDueDays() : 30;
    }

    private static void replaceTargets(Measure m, NewMeasure r) {
        // deleted at once: Hibernate would insert the new targets before deleting the old (unique per period)
        Target.delete("measure", m);
        m.targets.clear();
        for (NewMeasure.NewTarget t : r.targets() == null ? List.<NewMeasure.NewTarget>of() : r.targets()) {
            Target target = new Target();
            target.measure = m;
            target.period = t.period();
            target.relation = Target.Relation.valueOf(t.relation());
            target.value = t.value();
            target.comparator = t.comparator() == null ? null : Target.Comparator.valueOf(t.comparator());
            target.note = t.note();
            target.persist();
            m.targets.add(target);
        }
        m.targets.sort(java.util.Comparator.comparing(t -> t.period));
    }

    /** The request fields whose value differs, in the request's order. */
    private List<String> changedFields(NewMeasure before, NewMeasure after) {
        JsonNode a = json.valueToTree(before);
        JsonNode b = json.valueToTree(after);
        List<String> changed = new ArrayList<>();
        for (Iterator<String> names = a.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!a.get(name).equals(b.path(name).isMissingNode() ? json.nullNode() : b.get(name))) {
                changed.add(name);
            }
        }
        return changed;
    }

    private static String reason(JsonNode patch) {
        if (patch == null || !patch.isObject() || !patch.has(REASON) || patch.get(REASON).isNull()) {
            return null;
        }
        if (!patch.get(REASON).isTextual()) {
            throw ProblemException.badParameter(REASON, "must be text");
        }
        return patch.get(REASON).asText();
    }

    private static JsonNode withoutReason(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return patch;
        }
        ObjectNode copy = ((ObjectNode) patch).deepCopy();
        copy.remove(REASON);
        return copy;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
