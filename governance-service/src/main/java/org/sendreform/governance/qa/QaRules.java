package org.sendreform.governance.qa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.sendreform.platform.problem.Problem.FieldError;

/**
 * Who keeps QA reports, who reads them, and what a report must hold. Plain Java.
 * <ul>
 * <li>Kept by the lead of the QA, Data and Digital workspace (token claim {@code workspace} = {@value #WORKSPACE}),
 * the programme manager and admin. Anyone with a valid token reads a report once it has been published; drafts
 * (and drafts withdrawn unpublished) are the keepers' alone.</li>
 * <li>Audited on a day not in the future. Published only with a rating and findings, and for an audit of cases
 * (not a visit, not OTHER) with the sample size. A withdrawal says why; only a withdrawn report has a reason.</li>
 * <li>Once published the findings are frozen (409): kind, provider, date, rating, sample size, findings, the
 * concerns' wording and the action plan. What still changes is follow-up: each concern's resolved flag, the linked
 * actions, and the withdrawal. A published report is never made a draft again (it may be in an issued pack). A
 * withdrawn report is final.</li>
 * <li>No free text may hold something shaped like an NHS number or a UPN ({@link PersonalDataGuard}).</li>
 * </ul>
 */
public final class QaRules {

    public static final String WORKSPACE = "qa-data-digital";
    public static final Set<String> WIDER_ROLES = Set.of("programme-manager", "admin");

    private QaRules() {
    }

    public static boolean mayKeep(Set<String> roles, String workspaceClaim) {
        return roles.stream().anyMatch(WIDER_ROLES::contains) || (roles.contains("workspace-lead") && WORKSPACE.equals(workspaceClaim));
    }

    /** Keepers read everything; everyone else what has been published (withdrawn ones too, as packs may cite them). */
    public static boolean visible(LocalDate publishedOn, boolean keeper) {
        return keeper || publishedOn != null;
    }

    /**
     * The request with its defaults: each concern unresolved unless said otherwise, no lists for none, blank text as
     * none; on a create, status DRAFT (a change that clears the status is refused instead).
     */
    public static QaReportRequest withDefaults(QaReportRequest r, boolean create) {
        List<QaConcern> concerns = r.concerns() == null ? List.of()
                : r.concerns().stream().map(c -> c == null ? null : new QaConcern(c.text(), Boolean.TRUE.equals(c.resolved()))).toList();
        QaStatus status = r.status() == null && create ? QaStatus.DRAFT : r.status();
        return new QaReportRequest(r.kind(), r.provider(), r.auditedOn(), r.rating(), r.sampleSize(), blankToNull(r.findings()), concerns,
                blankToNull(r.actionPlan()), r.actions() == null ? List.of() : r.actions(), status, blankToNull(r.withdrawnReason()));
    }

    /**
     * @param item the report as it would be stored (defaults applied)
     * @param current the report before the change; null on create
     * @param actionExists whether governance holds an action with this id
     * @return every rule the item breaks, naming the field; empty when it may be stored
     */
    public static List<FieldError> problems(QaReportRequest item, QaReportRequest current, LocalDate today, Predicate<Long> actionExists) {
        List<FieldError> errors = new ArrayList<>();
        if (item.status() == null) {
            errors.add(new FieldError("status", "must not be null"));
        } else if (current == null && item.status() == QaStatus.WITHDRAWN) {
            errors.add(new FieldError("status", "a new report is DRAFT or PUBLISHED"));
        }
        if (item.auditedOn() != null && item.auditedOn().isAfter(today)) {
            errors.add(new FieldError("auditedOn", "must not be in the future"));
        }
        if (item.status() == QaStatus.PUBLISHED) {
            if (item.rating() == null) {
                errors.add(new FieldError("rating", "is required to publish a report"));
            }
            if (item.findings() == null || item.findings().isBlank()) {
                errors.add(new FieldError("findings", "is required to publish a report"));
            }
            if (item.sampleSize() == null && item.kind() != null && item.kind().audit()) {
                errors.add(new FieldError("sampleSize", "is required to publish an audit: how many cases were audited"));
            }
        }
        boolean withdrawn = item.status() == QaStatus.WITHDRAWN;
        boolean reason = item.withdrawnReason() != null && !item.withdrawnReason().isBlank();
        if (withdrawn && !reason) {
            errors.add(new FieldError("withdrawnReason", "is required to withdraw a report: say why"));
        } else if (!withdrawn && reason) {
            errors.add(new FieldError("withdrawnReason", "only a withdrawn report has one"));
        }
        List<QaConcern> concerns = item.concerns() == null ? List.of() : item.concerns();
        for (int i = 0; i < concerns.size(); i++) {
            if (concerns.get(i) == null) {
                errors.add(new FieldError("concerns[" + i + "]", "must not be null"));
            }
        }
        List<Long> actions = item.actions() == null ? List.of() : item.actions();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < actions.size(); i++) {
            Long id = actions.get(i);
            String field = "actions[" + i + "]";
            if (id == null) {
                errors.add(new FieldError(field, "must not be null"));
            } else if (!seen.add(id)) {
                errors.add(new FieldError(field, "names action " + id + " twice"));
            } else if (!actionExists.test(id)) {
                errors.add(new FieldError(field, "no action has id " + id));
            }
        }
        errors.addAll(personalData(item));
        return errors;
    }

    /** Every free-text field holding something shaped like a child's identifier. */
    public static List<FieldError> personalData(QaReportRequest item) {
        List<FieldError> errors = new ArrayList<>();
        guard(errors, "provider", item.provider());
        guard(errors, "findings", item.findings());
        List<QaConcern> concerns = item.concerns() == null ? List.of() : item.concerns();
        for (int i = 0; i < concerns.size(); i++) {
            if (concerns.get(i) != null) {
                guard(errors, "concerns[" + i + "].text", concerns.get(i).text());
            }
        }
        guard(errors, "actionPlan", item.actionPlan());
        guard(errors, "withdrawnReason", item.withdrawnReason());
        return errors;
    }

    /**
     * What the change would alter that its current status no longer lets change (answered 409): a published report's
     * findings and its return to draft; anything at all of a withdrawn report. Empty when the change may go ahead.
     */
    public static List<FieldError> frozen(QaReportRequest item, QaReportRequest current) {
        List<FieldError> errors = new ArrayList<>();
        if (current.status() == QaStatus.DRAFT) {
            return errors;
        }
        String why = current.status() == QaStatus.WITHDRAWN ? "a withdrawn report is final"
                : "is frozen once published: withdraw the report and record a corrected one";
        fixed(errors, "kind", item.kind(), current.kind(), why);
        fixed(errors, "provider", item.provider(), current.provider(), why);
        fixed(errors, "auditedOn", item.auditedOn(), current.auditedOn(), why);
        fixed(errors, "rating", item.rating(), current.rating(), why);
        fixed(errors, "sampleSize", item.sampleSize(), current.sampleSize(), why);
        fixed(errors, "findings", item.findings(), current.findings(), why);
        fixed(errors, "concerns", texts(item.concerns()), texts(current.concerns()), current.status() == QaStatus.WITHDRAWN ? why
                : "their wording is frozen once published: only each concern's resolved flag changes");
        fixed(errors, "actionPlan", item.actionPlan(), current.actionPlan(), why);
        if (current.status() == QaStatus.WITHDRAWN) {
            fixed(errors, "concerns", resolved(item.concerns()), resolved(current.concerns()), why);
            fixed(errors, "actions", item.actions() == null ? null : Set.copyOf(item.actions()),
                    current.actions() == null ? null : Set.copyOf(current.actions()), why);
            fixed(errors, "status", item.status(), current.status(), why);
            fixed(errors, "withdrawnReason", item.withdrawnReason(), current.withdrawnReason(), why);
        } else if (item.status() == QaStatus.DRAFT) {
            errors.add(new FieldError("status", "a published report does not go back to draft (it may be in an issued pack): withdraw it"));
        }
        return errors.stream().distinct().toList();
    }

    private static List<String> texts(List<QaConcern> concerns) {
        return concerns == null ? List.of() : concerns.stream().map(c -> c == null ? null : c.text()).toList();
    }

    private static List<Boolean> resolved(List<QaConcern> concerns) {
        return concerns == null ? List.of() : concerns.stream().map(c -> c == null ? null : Boolean.TRUE.equals(c.resolved())).toList();
    }

    private static void guard(List<FieldError> errors, String field, String text) {
        PersonalDataGuard.problem(text).ifPresent(message -> errors.add(new FieldError(field, message)));
    }

    private static void fixed(List<FieldError> errors, String field, Object now, Object before, String why) {
        if (!Objects.equals(now, before)) {
            errors.add(new FieldError(field, why));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
