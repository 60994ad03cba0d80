package org.sendreform.metrics.spend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;

import org.sendreform.metrics.lock.LockedPeriods;
import org.sendreform.metrics.lock.PeriodLock;
import org.sendreform.platform.period.Period;

/** Reads the grant's reference data (categories and their buckets, stated totals) and its spend by quarter. */
@ApplicationScoped
public class SpendData {

    /** Locks for these measures (or for all measures) lock the grant's spend in their periods too. */
    public static final List<String> GRANT_MEASURES = List.of("FIN-GRANT-DIRECT", "FIN-GRANT-ADMIN", "FIN-GRANT-LA");

    /** A plan category and the share of its planned amounts each condition bucket takes. */
    public record Category(String code, String name, int position, String description, Map<ConditionBucket, BigDecimal> planShares) {
    }

    @Inject
    EntityManager em;

    /** Categories in the plan's order. */
    public Map<String, Category> categories() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.code, c.name, c.position, c.description, b.bucket, b.plan_share from spend_category c
                left join spend_category_bucket b on b.category = c.code order by c.position, c.code, b.bucket""").getResultList();
        Map<String, Category> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Category c = out.computeIfAbsent((String) r[0], code -> new Category(code, (String) r[1], ((Number) r[2]).intValue(),
                    (String) r[3], new EnumMap<>(ConditionBucket.class)));
            if (r[4] != null) {
                c.planShares().put(ConditionBucket.valueOf((String) r[4]), (BigDecimal) r[5]);
            }
        }
        return out;
    }

    /** The plan's stated totals of a year: "category|quarter" → amount (TOTAL for the total row or column). */
    public Map<String, BigDecimal> statedTotals(String year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select category, quarter, amount from spend_plan_stated_total where year = ?1")
                .setParameter(1, year).getResultList();
        Map<String, BigDecimal> out = new TreeMap<>();
        rows.forEach(r -> out.put(r[0] + "|" + r[1], (BigDecimal) r[2]));
        return out;
    }

    public List<SpendPlanLine> planLines(String year) {
        return SpendPlanLine.list("year = ?1 order by quarter, category", year);
    }

    /** Planned spend by quarter and bucket: each line split by its category's plan shares. */
    public List<GrantConditions.QuarterSpend> plannedSpend(String year, Map<String, Category> categories) {
        Map<String, Map<ConditionBucket, BigDecimal>> byQuarter = new TreeMap<>();
        for (SpendPlanLine line : planLines(year)) {
            Map<ConditionBucket, BigDecimal> q = byQuarter.computeIfAbsent(line.quarter, k -> new EnumMap<>(ConditionBucket.class));
            Category c = categories.get(line.category);
            c.planShares().forEach((bucket, share) -> q.merge(bucket, line.amount.multiply(share).movePointLeft(2), BigDecimal::add));
        }
        return toSpend(byQuarter);
    }

    /** Actual spend by quarter and bucket, from the given rows. */
    public static List<GrantConditions.QuarterSpend> actualSpend(List<SpendActual> actuals) {
        Map<String, Map<ConditionBucket, BigDecimal>> byQuarter = new TreeMap<>();
        for (SpendActual a : actuals) {
            byQuarter.computeIfAbsent(a.quarter, k -> new EnumMap<>(ConditionBucket.class)).merge(a.bucket, a.amount, BigDecimal::add);
        }
        return toSpend(byQuarter);
    }

    public static Map<ConditionBucket, BigDecimal> byBucket(List<SpendActual> actuals) {
        Map<ConditionBucket, BigDecimal> out = new EnumMap<>(ConditionBucket.class);
        actuals.forEach(a -> out.merge(a.bucket, a.amount, BigDecimal::add));
        return out;
    }

    public List<SpendActual> actuals(String year) {
        return SpendActual.list("year = ?1 order by quarterStart, category, bucket", year);
    }

    /** Why a quarter's spend is locked, when it is: a lock for all measures or for a FIN-GRANT measure covers it. */
    public static Optional<String> lockOf(LockedPeriods locks, Period quarter) {
        for (String code : GRANT_MEASURES) {
            Optional<LockedPeriods.Lock> lock = locks.lockFor(code, quarter);
            if (lock.isPresent()) {
                return Optional.of(lock.get().describe());
            }
        }
        return Optional.empty();
    }

    public static LockedPeriods activeLocks() {
        return PeriodLock.activeLocks();
    }

    private static List<GrantConditions.QuarterSpend> toSpend(Map<String, Map<ConditionBucket, BigDecimal>> byQuarter) {
        List<GrantConditions.QuarterSpend> out = new ArrayList<>();
        byQuarter.forEach((q, amounts) -> out.add(new GrantConditions.QuarterSpend(q, amounts)));
        return out;
    }
}
