package org.sendreform.milestones.milestone;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.sendreform.platform.problem.Problem.FieldError;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;

/**
 * Applies a JSON merge patch (RFC 7396) to a milestone: a field present changes, null clears it, absent
 * leaves it. Fields set by the plan or by rules (code, due date, baseline, version, slippage) are refused,
 * and the result must hold together: a completed milestone has a completion date not in the future, a red
 * or amber confidence says why. All problems are reported at once, and nothing changes unless all is well.
 */
public final class MilestoneUpdate {

    static final int MAX_TEXT = 2000;
    private static final Set<String> WRITABLE = Set.of("title", "description", "responsible", "forecastDate", "status",
            "completedOn", "confidence", "confidenceNote", "targetTrajectory");
    private static final Map<String, String> SET_ELSEWHERE = Map.of(
            "code", "is the milestone's identity",
            "dueDate", "changes only by an RDG re-sequencing decision",
            "duePeriod", "changes only by an RDG re-sequencing decision",
            "baselineDate", "is the date as first planned",
            "version", "is set by the platform; send it as If-Match",
            "slipped", "is derived from the dates",
            "slippageDays", "is derived from the dates",
            "theme", "is set by the plan",
            "workspace", "is set by the plan");

    private MilestoneUpdate() {
    }

    public static void apply(Milestone m, JsonNode patch, LocalDate today) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object of the fields to change");
        }
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();
        for (Iterator<String> names = patch.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (SET_ELSEWHERE.containsKey(name)) {
                errors.add(new FieldError(name, SET_ELSEWHERE.get(name)));
            } else if (!WRITABLE.contains(name)) {
                unknown.add(new FieldError(name, "unknown field"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, unknown.get(0).field() + ": unknown field", unknown);
        }
        if (m.status == MilestoneStatus.CANCELLED) {
            throw new ProblemException(ProblemType.CONFLICT, "Milestone " + m.code + " is cancelled and cannot change");
        }
        String title = text(patch, "title", m.title, 300, errors);
        String description = text(patch, "description", m.description, MAX_TEXT, errors);
        String responsible = text(patch, "responsible", m.responsible, 300, errors);
        String note = text(patch, "confidenceNote", m.confidenceNote, MAX_TEXT, errors);
        String trajectory = text(patch, "targetTrajectory", m.targetTrajectory, MAX_TEXT, errors);
        LocalDate forecast = date(patch, "forecastDate", m.forecastDate, errors);
        LocalDate completed = date(patch, "completedOn", m.completedOn, errors);
        MilestoneStatus status = choice(patch, "status", m.status, MilestoneStatus.class, errors);
        Confidence confidence = choice(patch, "confidence", m.confidence, Confidence.class, errors);
        if (patch.has("title") && (title == null || title.isBlank())) {
            errors.add(new FieldError("title", "must not be empty"));
        }
        if (patch.has("status") && status == null) {
            errors.add(new FieldError("status", "must not be null"));
        }
        if (errors.isEmpty()) {
            if (status == MilestoneStatus.COMPLETE && completed == null) {
                errors.add(new FieldError("completedOn", "is required when the status is COMPLETE"));
            }
            if (status != MilestoneStatus.COMPLETE && completed != null && patch.has("completedOn")) {
                errors.add(new FieldError("completedOn", "only a COMPLETE milestone has a completion date"));
            }
            if (completed != null && completed.isAfter(today)) {
                errors.add(new FieldError("completedOn", "must not be in the future"));
            }
            if ((confidence == Confidence.RED || confidence == Confidence.AMBER) && (note == null || note.isBlank())) {
                errors.add(new FieldError("confidenceNote", "is required when confidence is " + confidence));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.stream().map(e -> e.field() + ": " + e.message())
                    .reduce((a, b) -> a + "; " + b).orElseThrow(), errors);
        }
        m.title = title;
        m.description = description;
        m.responsible = responsible;
        m.confidenceNote = note;
        m.targetTrajectory = trajectory;
        m.forecastDate = forecast;
        m.status = status;
        m.completedOn = status == MilestoneStatus.COMPLETE ? completed : null; // reopening clears the completion
        m.confidence = confidence;
    }

    private static String text(JsonNode patch, String field, String current, int max, List<FieldError> errors) {
        if (!patch.has(field)) {
            return current;
        }
        JsonNode v = patch.get(field);
        if (v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            errors.add(new FieldError(field, "must be text"));
            return current;
        }
        if (v.asText().length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return v.asText();
    }

    private static LocalDate date(JsonNode patch, String field, LocalDate current, List<FieldError> errors) {
        if (!patch.has(field)) {
            return current;
        }
        JsonNode v = patch.get(field);
        if (v.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date like 2026-12-31"));
            return current;
        }
    }

    private static <E extends Enum<E>> E choice(JsonNode patch, String field, E current, Class<E> type, List<FieldError> errors) {
        if (!patch.has(field)) {
            return current;
        }
        JsonNode v = patch.get(field);
        if (v.isNull()) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.asText());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return current;
        }
    }
}
