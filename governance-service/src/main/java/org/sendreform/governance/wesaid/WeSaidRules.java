package org.sendreform.governance.wesaid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.sendreform.platform.problem.Problem.FieldError;

/**
 * The rules a "we said / we did" item keeps, on create and after every change: said on a day not in the future;
 * decisions that exist (each once); milestone codes shaped like milestones-service's (not checked against it);
 * a "we did" statement once DONE; and published only with a "we did" statement and status IN_PROGRESS or DONE,
 * so the public never reads a promise with nothing behind it. Plain Java.
 */
public final class WeSaidRules {

    /** milestones-service's code grammar (M-CS-Q4-08). */
    static final Pattern MILESTONE_CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+){1,5}");

    private WeSaidRules() {
    }

    /**
     * @param item the item as it would be stored (defaults applied: status and published are never null on create)
     * @param decisionExists whether governance holds a decision with this id
     * @return every rule the item breaks, naming the field; empty when it may be stored
     */
    public static List<FieldError> problems(WeSaidRequest item, LocalDate today, Predicate<Long> decisionExists) {
        List<FieldError> errors = new ArrayList<>();
        if (item.status() == null) {
            errors.add(new FieldError("status", "must not be null"));
        }
        if (item.published() == null) {
            errors.add(new FieldError("published", "must be true or false"));
        }
        if (item.saidOn() != null && item.saidOn().isAfter(today)) {
            errors.add(new FieldError("saidOn", "must not be in the future"));
        }
        List<Long> decisions = item.decisions() == null ? List.of() : item.decisions();
        Set<Long> seenDecisions = new HashSet<>();
        for (int i = 0; i < decisions.size(); i++) {
            Long id = decisions.get(i);
            String field = "decisions[" + i + "]";
            if (id == null) {
                errors.add(new FieldError(field, "must not be null"));
            } else if (!seenDecisions.add(id)) {
                errors.add(new FieldError(field, "names decision " + id + " twice"));
            } else if (!decisionExists.test(id)) {
                errors.add(new FieldError(field, "no decision has id " + id));
            }
        }
        List<String> milestones = item.milestones() == null ? List.of() : item.milestones();
        Set<String> seenMilestones = new HashSet<>();
        for (int i = 0; i < milestones.size(); i++) {
            String code = milestones.get(i);
            String field = "milestones[" + i + "]";
            if (code == null || !MILESTONE_CODE.matcher(code).matches()) {
                errors.add(new FieldError(field, "must be a milestone code like M-CS-Q4-08 (capitals, digits, hyphens)"));
            } else if (!seenMilestones.add(code)) {
                errors.add(new FieldError(field, "names milestone " + code + " twice"));
            }
        }
        boolean nothingDone = item.weDid() == null || item.weDid().isBlank();
        if (item.status() == WeSaidStatus.DONE && nothingDone) {
            errors.add(new FieldError("weDid", "is required when the status is DONE"));
        }
        if (Boolean.TRUE.equals(item.published())) {
            if (nothingDone) {
                errors.add(new FieldError("published", "needs a \"we did\" statement (weDid) before the item is published"));
            }
            if (item.status() == WeSaidStatus.LISTENING) {
                errors.add(new FieldError("published", "needs status IN_PROGRESS or DONE, not LISTENING"));
            }
        }
        return errors;
    }
}
