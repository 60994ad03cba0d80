package org.sendreform.milestones.milestone;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.sendreform.platform.patch.MergePatch;
import org.sendreform.platform.problem.FieldErrors;
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
        MergePatch p = MergePatch.of(patch, WRITABLE, SET_ELSEWHERE);
        if (m.status == MilestoneStatus.CANCELLED) {
            throw new ProblemException(ProblemType.CONFLICT, "Milestone " + m.code + " is cancelled and cannot change");
        }
        String title = p.text("title", m.title, 300, true);
        String description = p.text("description", m.description, MAX_TEXT, false);
        String responsible = p.text("responsible", m.responsible, 300, false);
        String note = p.text("confidenceNote", m.confidenceNote, MAX_TEXT, false);
        String trajectory = p.text("targetTrajectory", m.targetTrajectory, MAX_TEXT, false);
        LocalDate forecast = p.date("forecastDate", m.forecastDate);
        LocalDate completed = p.date("completedOn", m.completedOn);
        MilestoneStatus status = p.choice("status", m.status, MilestoneStatus.class, true);
        Confidence confidence = p.choice("confidence", m.confidence, Confidence.class, false);
        FieldErrors errors = p.errors();
        if (errors.isEmpty()) {
            if (status == MilestoneStatus.COMPLETE && completed == null) {
                errors.add("completedOn", "is required when the status is COMPLETE");
            }
            if (status != MilestoneStatus.COMPLETE && completed != null && patch.has("completedOn")) {
                errors.add("completedOn", "only a COMPLETE milestone has a completion date");
            }
            if (completed != null && completed.isAfter(today)) {
                errors.add("completedOn", "must not be in the future");
            }
            if ((confidence == Confidence.RED || confidence == Confidence.AMBER) && (note == null || note.isBlank())) {
                errors.add("confidenceNote", "is required when confidence is " + confidence);
            }
        }
        errors.throwIfAny();
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
}
