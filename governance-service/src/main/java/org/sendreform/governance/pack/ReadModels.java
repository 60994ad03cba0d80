package org.sendreform.governance.pack;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import org.sendreform.platform.period.Period;

/**
 * Keeps governance's read models from the other services' events: milestone-changed and risk-changed carry
 * the whole item with its version (only a newer version is applied, so redelivery and reordering do no harm);
 * measure-status-changed carries a measure's status for a period (the latest event for a period wins, as
 * Kafka keeps one measure's events in order).
 */
@ApplicationScoped
public class ReadModels {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void milestone(JsonNode d) {
        em.createNativeQuery("""
                insert into milestone_state (code, title, theme, workspace, due_period, due_date, baseline_date, forecast_date,
                    completed_on, status, confidence, confidence_note, version)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                on conflict (code) do update set title = excluded.title, theme = excluded.theme, workspace = excluded.workspace,
                    due_period = excluded.due_period, due_date = excluded.due_date, baseline_date = excluded.baseline_date,
                    forecast_date = excluded.forecast_date, completed_on = excluded.completed_on, status = excluded.status,
                    confidence = excluded.confidence, confidence_note = excluded.confidence_note, version = excluded.version,
                    received_at = now()
                where milestone_state.version < excluded.version""")
                .setParameter(1, d.path("code").asText()).setParameter(2, d.path("title").asText())
                .setParameter(3, text(d, "theme")).setParameter(4, text(d, "workspace"))
                .setParameter(5, d.path("duePeriod").asText()).setParameter(6, date(d, "dueDate"))
                .setParameter(7, date(d, "baselineDate")).setParameter(8, date(d, "forecastDate"))
                .setParameter(9, date(d, "completedOn")).setParameter(10, d.path("status").asText())
                .setParameter(11, text(d, "confidence")).setParameter(12, text(d, "confidenceNote"))
                .setParameter(13, d.path("version").asLong()).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void risk(JsonNode d) {
        em.createNativeQuery("""
                insert into risk_state (code, title, category, mandatory, owning_body, home_body, status, assessed_rag, matrix_rag,
                    residual_rag, target_rag, above_appetite, accepted_by_decision, version)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                on conflict (code) do update set title = excluded.title, category = excluded.category, mandatory = excluded.mandatory,
                    owning_body = excluded.owning_body, home_body = excluded.home_body, status = excluded.status,
                    assessed_rag = excluded.assessed_rag, matrix_rag = excluded.matrix_rag, residual_rag = excluded.residual_rag,
                    target_rag = excluded.target_rag, above_appetite = excluded.above_appetite,
                    accepted_by_decision = excluded.accepted_by_decision, version = excluded.version, received_at = now()
                where risk_state.version < excluded.version""")
                .setParameter(1, d.path("code").asText()).setParameter(2, d.path("title").asText())
                .setParameter(3, d.path("category").asText()).setParameter(4, d.path("mandatoryBoardEscalation").asBoolean())
                .setParameter(5, d.path("owningBody").asText()).setParameter(6, d.path("homeBody").asText())
                .setParameter(7, d.path("status").asText()).setParameter(8, d.path("assessedRag").asText())
                .setParameter(9, d.path("matrixRag").asText()).setParameter(10, text(d, "residualRag"))
                .setParameter(11, text(d, "targetRag")).setParameter(12, d.path("aboveAppetite").asBoolean())
                .setParameter(13, d.hasNonNull("acceptedByDecision") ? d.get("acceptedByDecision").asLong() : null)
                .setParameter(14, d.path("version").asLong()).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void measure(JsonNode d) {
        String period = d.path("period").asText();
        em.createNativeQuery("""
                insert into measure_state (measure_code, disaggregation, period, period_end, status, value, expected)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (measure_code, disaggregation, period) do update set status = excluded.status, value = excluded.value,
                    expected = excluded.expected, received_at = now()""")
                .setParameter(1, d.path("measureCode").asText()).setParameter(2, d.path("disaggregation").asText("all"))
                .setParameter(3, period).setParameter(4, Period.parse(period).end()).setParameter(5, d.path("newStatus").asText())
                .setParameter(6, d.hasNonNull("value") ? d.get("value").decimalValue() : null)
                .setParameter(7, d.hasNonNull("expected") ? d.get("expected").decimalValue() : null).executeUpdate();
    }

    /** A grant condition's new status (metrics-service announces changes of status, in order per condition). */
    public void grantCondition(JsonNode d) {
        em.createNativeQuery("""
                insert into grant_condition_state (year, condition, rule, threshold_percent, status, share, amount, total)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict (year, condition) do update set rule = excluded.rule, threshold_percent = excluded.threshold_percent,
                    status = excluded.status, share = excluded.share, amount = excluded.amount, total = excluded.total, received_at = now()""")
                .setParameter(1, d.path("year").asText()).setParameter(2, d.path("condition").asText())
                .setParameter(3, d.path("rule").asText()).setParameter(4, d.path("thresholdPercent").decimalValue())
                .setParameter(5, d.path("newStatus").asText())
                .setParameter(6, d.hasNonNull("newShare") ? d.get("newShare").decimalValue() : null)
                .setParameter(7, d.hasNonNull("amount") ? d.get("amount").decimalValue() : null)
                .setParameter(8, d.hasNonNull("total") ? d.get("total").decimalValue() : null).executeUpdate();
    }

    /** A grant year's spend as it now stands: it replaces what was held for the year (announced in order per year). */
    public void grantSpend(JsonNode d) {
        String year = d.path("year").asText();
        em.createNativeQuery("delete from grant_spend_state where year = ?1").setParameter(1, year).executeUpdate();
        for (JsonNode line : d.path("lines")) {
            em.createNativeQuery("insert into grant_spend_state (year, quarter, category, planned, actual) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, year).setParameter(2, line.path("quarter").asText()).setParameter(3, line.path("category").asText())
                    .setParameter(4, line.path("planned").decimalValue()).setParameter(5, line.path("actual").decimalValue()).executeUpdate();
        }
    }

    private static String text(JsonNode d, String field) {
        return d.hasNonNull(field) ? d.get(field).asText() : null;
    }

    private static LocalDate date(JsonNode d, String field) {
        return d.hasNonNull(field) ? LocalDate.parse(d.get(field).asText()) : null;
    }
}
