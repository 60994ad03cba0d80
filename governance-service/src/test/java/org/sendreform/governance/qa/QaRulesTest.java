package org.sendreform.governance.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.problem.Problem.FieldError;

/** The QA report rules, without Quarkus. */
class QaRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static QaReportRequest draft() {
        return QaRules.withDefaults(new QaReportRequest(QaKind.EHCP_QUALITY_AUDIT, "Coventry SEND casework service", TODAY.minusDays(7),
                null, null, null, List.of(new QaConcern("6 of 20 plans had outcomes that were not measurable", null)), null, null, null,
                null), true);
    }

    static QaReportRequest with(QaReportRequest r, QaRating rating, Integer sample, String findings, QaStatus status, String reason) {
        return new QaReportRequest(r.kind(), r.provider(), r.auditedOn(), rating, sample, findings, r.concerns(), r.actionPlan(),
                r.actions(), status, reason);
    }

    static QaReportRequest published() {
        return with(draft(), QaRating.GOOD, 20, "Plans were mostly strong", QaStatus.PUBLISHED, null);
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void nhsNumbersAndUpnsAreRefusedWhereverTheyAppearWithoutRepeatingThem() {
        for (String text : List.of("NHS 9434765919", "nhs no 943 476 5919.", "943-476-5919", "(4010232137)", "UPN H801200001001",
                "h801200001001", "temporary UPN A12345678901B")) {
            assertTrue(PersonalDataGuard.problem(text).isPresent(), text);
            assertFalse(PersonalDataGuard.problem(text).get().contains(text.replaceAll("[^0-9]", "").substring(0, 6)), text);
        }
        for (String text : List.of("6 of 20 plans", "audited 2026-10-02 to 2026-11-30", "call 024 7683 1234", "07700 900123",
                "12345678901 is eleven digits", "between 2026 and 2027 1234", "A123456789 is nine digits", "H80120000100 is a letter and 11", "FY2026-27 Q3",
                "ref QA-2026-0042", "")) {
            assertEquals(java.util.Optional.empty(), PersonalDataGuard.problem(text), text);
        }
    }

    @Test
    void everyFreeTextFieldIsGuardedAndNamed() {
        QaReportRequest d = draft();
        QaReportRequest r = new QaReportRequest(d.kind(), "Child 9434765919's school", d.auditedOn(), null, null, "UPN H801200001001",
                List.of(new QaConcern("fine", false), new QaConcern("see 943 476 5919", false)), "follow up H801200001001", List.of(),
                QaStatus.DRAFT, null);
        assertEquals(List.of("provider", "findings", "concerns[1].text", "actionPlan"), fields(QaRules.problems(r, null, TODAY, id -> true)));
    }

    @Test
    void aDraftNeedsLittleAPublishedReportNeedsItsJudgement() {
        assertEquals(List.of(), QaRules.problems(draft(), null, TODAY, id -> true));
        assertEquals(QaStatus.DRAFT, draft().status());
        assertEquals(List.of("rating", "findings", "sampleSize"),
                fields(QaRules.problems(with(draft(), null, null, " ", QaStatus.PUBLISHED, null), null, TODAY, id -> true)));
        QaReportRequest visit = new QaReportRequest(QaKind.OUT_OF_CITY_PROVIDER_VISIT, "Elm Bank independent special school", TODAY,
                QaRating.GOOD, null, "Safe, well led", List.of(), null, List.of(), QaStatus.PUBLISHED, null);
        assertEquals(List.of(), QaRules.problems(visit, null, TODAY, id -> true), "a visit needs no sample size");
        assertEquals(List.of(), QaRules.problems(published(), null, TODAY, id -> true));
    }

    @Test
    void datesReasonsStatusesAndActionsAreChecked() {
        QaReportRequest d = draft();
        QaReportRequest future = new QaReportRequest(d.kind(), d.provider(), TODAY.plusDays(1), null, null, null, List.of(), null,
                java.util.Arrays.asList(7L, 7L, 8L, null), QaStatus.WITHDRAWN, null);
        assertEquals(List.of("status", "auditedOn", "withdrawnReason", "actions[1]", "actions[2]", "actions[3]"),
                fields(QaRules.problems(future, null, TODAY, id -> id == 7L)));
        assertEquals(List.of("withdrawnReason"), fields(QaRules.problems(with(d, null, null, null, QaStatus.DRAFT, "no"), d, TODAY, id -> true)));
        assertEquals(List.of(), QaRules.problems(with(d, null, null, null, QaStatus.WITHDRAWN, "abandoned"), d, TODAY, id -> true));
        assertEquals(List.of("status"), fields(QaRules.problems(with(d, null, null, null, null, null), d, TODAY, id -> true)));
    }

    @Test
    void aPublishedReportsFindingsAreFrozenButItsFollowUpIsNot() {
        QaReportRequest p = published();
        assertEquals(List.of(), QaRules.frozen(with(p, QaRating.INADEQUATE, 20, "x", QaStatus.PUBLISHED, null), draft()), "drafts change freely");
        assertEquals(List.of("rating", "findings"), fields(QaRules.frozen(with(p, QaRating.INADEQUATE, 20, "x", QaStatus.PUBLISHED, null), p)));
        assertEquals(List.of("status"), fields(QaRules.frozen(with(p, QaRating.GOOD, 20, p.findings(), QaStatus.DRAFT, null), p)));
        QaReportRequest resolved = new QaReportRequest(p.kind(), p.provider(), p.auditedOn(), p.rating(), p.sampleSize(), p.findings(),
                List.of(new QaConcern(p.concerns().get(0).text(), true)), p.actionPlan(), List.of(3L), QaStatus.PUBLISHED, null);
        assertEquals(List.of(), QaRules.frozen(resolved, p));
        QaReportRequest reworded = new QaReportRequest(p.kind(), p.provider(), p.auditedOn(), p.rating(), p.sampleSize(), p.findings(),
                List.of(new QaConcern("other words", false)), p.actionPlan(), p.actions(), QaStatus.PUBLISHED, null);
        assertEquals(List.of("concerns"), fields(QaRules.frozen(reworded, p)));
        assertEquals(List.of(), QaRules.frozen(with(p, p.rating(), p.sampleSize(), p.findings(), QaStatus.WITHDRAWN, "wrong setting"), p));

        QaReportRequest withdrawn = with(p, p.rating(), p.sampleSize(), p.findings(), QaStatus.WITHDRAWN, "wrong setting");
        assertEquals(List.of(), QaRules.frozen(withdrawn, withdrawn), "no change is no conflict");
        assertEquals(List.of("concerns", "actions", "status"), fields(QaRules.frozen(new QaReportRequest(p.kind(), p.provider(),
                p.auditedOn(), p.rating(), p.sampleSize(), p.findings(), List.of(new QaConcern(p.concerns().get(0).text(), true)),
                p.actionPlan(), List.of(3L), QaStatus.PUBLISHED, "wrong setting"), withdrawn)));
    }

    @Test
    void keepersAreTheQaWorkspacesLeadTheProgrammeManagerAndAdmin() {
        assertTrue(QaRules.mayKeep(Set.of("workspace-lead"), "qa-data-digital"));
        assertFalse(QaRules.mayKeep(Set.of("workspace-lead"), "capital-sufficiency"));
        assertFalse(QaRules.mayKeep(Set.of("workspace-lead"), null));
        assertTrue(QaRules.mayKeep(Set.of("programme-manager"), null));
        assertTrue(QaRules.mayKeep(Set.of("admin"), null));
        for (String role : List.of("rdg-member", "board-member", "board-secretary", "partner-submitter", "analytics-reader")) {
            assertFalse(QaRules.mayKeep(Set.of(role), "qa-data-digital"), role);
        }
        assertTrue(QaRules.visible(null, true));
        assertFalse(QaRules.visible(null, false));
        assertTrue(QaRules.visible(TODAY, false));
    }

    @Test
    void theSummaryGivesEachProvidersLatestRatingWorstFirstAndCountsByKind() {
        LocalDate d = TODAY.minusMonths(2);
        QaSummary s = QaSummary.of(List.of(
                new QaSummary.Finding(1, QaKind.EHCP_QUALITY_AUDIT, "Casework service", d, QaRating.INADEQUATE, 3),
                new QaSummary.Finding(2, QaKind.EHCP_QUALITY_AUDIT, " casework   SERVICE ", d.plusDays(30), QaRating.REQUIRES_IMPROVEMENT, 1),
                new QaSummary.Finding(3, QaKind.OUT_OF_CITY_PROVIDER_VISIT, "Elm Bank", d, QaRating.GOOD, 0),
                new QaSummary.Finding(4, QaKind.PART_TIME_TIMETABLE_AUDIT, "Alder Academy", d, QaRating.INADEQUATE, 2)), null, null);
        assertEquals(4, s.reports());
        assertEquals(List.of("Alder Academy", "casework SERVICE", "Elm Bank"), s.providers().stream().map(QaSummary.ProviderLine::provider).toList());
        QaSummary.ProviderLine casework = s.providers().get(1);
        assertEquals(QaRating.REQUIRES_IMPROVEMENT, casework.latestRating());
        assertEquals("AMBER", casework.latestRag());
        assertEquals(2, casework.latestReport());
        assertEquals(2, casework.reports());
        assertEquals(4, casework.openConcerns());
        assertEquals(Map.of(QaRating.OUTSTANDING, 0, QaRating.GOOD, 0, QaRating.REQUIRES_IMPROVEMENT, 1, QaRating.INADEQUATE, 1),
                s.byKind().get(QaKind.EHCP_QUALITY_AUDIT));
        assertEquals(0, s.byKind().get(QaKind.OTHER).get(QaRating.GOOD));
        assertEquals(QaKind.values().length, s.byKind().size());
    }
}
