package org.sendreform.governance.quarterlyreturn;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sendreform.governance.pack.PackContent;
import org.sendreform.governance.pack.Packs;
import org.sendreform.governance.pack.Slippage;
import org.sendreform.platform.period.Period;

/** Assembles the DfE quarterly return for a financial quarter from governance's read models. */
@ApplicationScoped
public class Returns {

    @Inject
    EntityManager em;

    @Inject
    Packs packs;

    @Inject
    Clock clock;

    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReturnContent assemble(Period quarter) {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> rows = em.createNativeQuery("select code, title, workspace, due_date, forecast_date, completed_on, status "
                + "from milestone_state where due_date between ?1 and ?2 and status <> 'CANCELLED' order by due_date, code")
                .setParameter(1, quarter.start()).setParameter(2, quarter.end()).getResultList();
        List<ReturnContent.Line> lines = new ArrayList<>();
        int achieved = 0;
        int onTime = 0;
        for (Object[] r : rows) {
            LocalDate due = Packs.date(r[3]);
            LocalDate completed = Packs.date(r[5]);
            String status = (String) r[6];
            boolean done = "COMPLETE".equals(status);
            achieved += done ? 1 : 0;
            onTime += done && completed != null && !completed.isAfter(due) ? 1 : 0;
            lines.add(new ReturnContent.Line((String) r[0], (String) r[1], (String) r[2], due, status, completed, done,
                    Slippage.days(status, due, Packs.date(r[4]), completed, today)));
        }
        List<PackContent.RiskLine> principal = packs.openRisks().stream()
                .filter(risk -> "RED".equals(risk.residualRag()) || "ESCALATED".equals(risk.status()) || "board".equals(risk.owningBody()))
                .toList();
        return new ReturnContent(quarter.code(), quarter.start(), quarter.end(), Instant.now(clock), packs.freshness(),
                new ReturnContent.Milestones(lines.size(), achieved, onTime, lines), packs.measures(quarter.end()), principal,
                grantConditions(quarter), spend(quarter));
    }

    /** The conditions of the grant year the quarter falls in, in the order the grant states them. */
    @SuppressWarnings("unchecked")
    private List<ReturnContent.GrantCondition> grantConditions(Period quarter) {
        String year = Period.of(Period.Kind.FINANCIAL_YEAR, quarter.start()).code();
        List<Object[]> rows = em.createNativeQuery("""
                select condition, rule, threshold_percent, status, share, amount, total, received_at from grant_condition_state
                where year = ?1 order by case condition when 'DIRECT_DELIVERY' then 0 when 'EAH_ADMINISTRATION' then 1 else 2 end""")
                .setParameter(1, year).getResultList();
        return rows.stream().map(r -> new ReturnContent.GrantCondition((String) r[0], (String) r[1], (java.math.BigDecimal) r[2],
                (String) r[3], (java.math.BigDecimal) r[4], (java.math.BigDecimal) r[5], (java.math.BigDecimal) r[6], instant(r[7]))).toList();
    }

    /** Spend by category: in the quarter, and in the grant year up to the quarter's end (quarter codes sort in time). */
    @SuppressWarnings("unchecked")
    private List<ReturnContent.Spend> spend(Period quarter) {
        String year = Period.of(Period.Kind.FINANCIAL_YEAR, quarter.start()).code();
        List<Object[]> rows = em.createNativeQuery("""
                select category,
                       coalesce(sum(planned) filter (where quarter = ?2), 0), coalesce(sum(actual) filter (where quarter = ?2), 0),
                       sum(planned), sum(actual)
                from grant_spend_state where year = ?1 and quarter <= ?2 group by category order by category""")
                .setParameter(1, year).setParameter(2, quarter.code()).getResultList();
        return rows.stream().map(r -> new ReturnContent.Spend((String) r[0], (java.math.BigDecimal) r[1], (java.math.BigDecimal) r[2],
                (java.math.BigDecimal) r[3], (java.math.BigDecimal) r[4])).toList();
    }

    private static Instant instant(Object o) {
        return o instanceof java.time.OffsetDateTime t ? t.toInstant() : o instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) o;
    }
}
