package org.sendreform.metrics.spend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The grant conditions of the Experts at Hand and SEND Transformation Fund, and the rule for their status.
 * A condition's share is its bucket's spend over all spend (both to date, or both in one quarter). The status
 * is decided on exact figures (amount × 100 compared with threshold × total, no division, no rounding); the
 * share shown is rounded half-up to two decimal places. Plain Java: no database, no HTTP.
 */
public final class GrantConditions {

    public enum Rule {
        AT_LEAST, AT_MOST
    }

    /** One condition: its bucket, whether the share is a floor or a ceiling, the threshold in percent, its wording. */
    public record Condition(ConditionBucket bucket, Rule rule, BigDecimal thresholdPercent, String wording) {
    }

    public static final List<Condition> CONDITIONS = List.of(
            new Condition(ConditionBucket.DIRECT_DELIVERY, Rule.AT_LEAST, BigDecimal.valueOf(80),
                    "At least 80% must be spent on direct delivery of Experts at Hand"),
            new Condition(ConditionBucket.EAH_ADMINISTRATION, Rule.AT_MOST, BigDecimal.valueOf(10),
                    "No more than 10% can be spent on administration costs associated with Experts at Hand"),
            new Condition(ConditionBucket.LA_TRANSFORMATION, Rule.AT_MOST, BigDecimal.valueOf(10),
                    "No more than 10% can be spent on local authority transformation costs linked to SEND Reforms"));

    /** The default at-risk margin, in percentage points (send.spend.at-risk-margin). */
    public static final BigDecimal DEFAULT_MARGIN = BigDecimal.ONE;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** No spend, in pounds and pence. */
    static final BigDecimal NONE = new BigDecimal("0.00");

    /** Spend of one quarter by bucket (a bucket with no spend may be left out). */
    public record QuarterSpend(String quarter, Map<ConditionBucket, BigDecimal> amounts) {
        public BigDecimal total() {
            return amounts.values().stream().reduce(NONE, BigDecimal::add);
        }

        public BigDecimal of(ConditionBucket bucket) {
            return amounts.getOrDefault(bucket, NONE);
        }
    }

    /** One quarter of one condition: that quarter's own share, and the share to date (this and earlier quarters). */
    public record QuarterShare(String quarter, BigDecimal amount, BigDecimal total, BigDecimal share,
            BigDecimal toDateAmount, BigDecimal toDateTotal, BigDecimal toDateShare, ConditionStatus toDateStatus,
            BigDecimal plannedAmount, BigDecimal plannedTotal, BigDecimal plannedShare) {
    }

    /** A condition's standing: the actual share to date with its status, the planned share, and by quarter. */
    public record Evaluation(ConditionBucket condition, Rule rule, BigDecimal thresholdPercent, String wording,
            BigDecimal actualAmount, BigDecimal actualTotal, BigDecimal actualShare, ConditionStatus status,
            BigDecimal plannedAmount, BigDecimal plannedTotal, BigDecimal plannedShare, ConditionStatus plannedStatus,
            List<QuarterShare> quarters) {
    }

    private GrantConditions() {
    }

    public static Condition condition(ConditionBucket bucket) {
        return CONDITIONS.stream().filter(c -> c.bucket() == bucket).findFirst().orElseThrow();
    }

    /**
     * MET, AT_RISK, BREACHED or NO_DATA for {@code amount} of {@code total} spend. A floor (at least 80%) is
     * BREACHED below the threshold and AT_RISK from the threshold up to (not including) threshold + margin; a
     * ceiling (at most 10%) is BREACHED above the threshold and AT_RISK above threshold − margin up to and
     * including the threshold. No spend at all (total 0) is NO_DATA.
     */
    public static ConditionStatus status(Condition condition, BigDecimal amount, BigDecimal total, BigDecimal margin) {
        if (total == null || total.signum() == 0) {
            return ConditionStatus.NO_DATA;
        }
        BigDecimal scaled = amount.multiply(HUNDRED);
        BigDecimal limit = condition.thresholdPercent().multiply(total);
        if (condition.rule() == Rule.AT_LEAST) {
            if (scaled.compareTo(limit) < 0) {
                return ConditionStatus.BREACHED;
            }
            return scaled.compareTo(condition.thresholdPercent().add(margin).multiply(total)) < 0 ? ConditionStatus.AT_RISK
                    : ConditionStatus.MET;
        }
        if (scaled.compareTo(limit) > 0) {
            return ConditionStatus.BREACHED;
        }
        return scaled.compareTo(condition.thresholdPercent().subtract(margin).multiply(total)) > 0 ? ConditionStatus.AT_RISK
                : ConditionStatus.MET;
    }

    /** The share in percent, rounded half-up to 2 decimal places; null when there is no spend. */
    public static BigDecimal share(BigDecimal amount, BigDecimal total) {
        if (total == null || total.signum() == 0) {
            return null;
        }
        return amount.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
    }

    /** Each condition's status on the given spend by bucket (all quarters together). */
    public static Map<ConditionBucket, ConditionStatus> statuses(Map<ConditionBucket, BigDecimal> spend, BigDecimal margin) {
        BigDecimal total = spend.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<ConditionBucket, ConditionStatus> out = new EnumMap<>(ConditionBucket.class);
        for (Condition c : CONDITIONS) {
            out.put(c.bucket(), status(c, spend.getOrDefault(c.bucket(), BigDecimal.ZERO), total, margin));
        }
        return out;
    }

    /** Evaluates every condition on the actual and the planned spend by quarter. */
    public static List<Evaluation> evaluate(List<QuarterSpend> actual, List<QuarterSpend> planned, BigDecimal margin) {
        Map<String, QuarterSpend> actualBy = byQuarter(actual);
        Map<String, QuarterSpend> plannedBy = byQuarter(planned);
        TreeMap<String, Boolean> quarters = new TreeMap<>(); // quarter codes of one year sort in time order
        actualBy.keySet().forEach(q -> quarters.put(q, true));
        plannedBy.keySet().forEach(q -> quarters.put(q, true));
        List<Evaluation> out = new ArrayList<>();
        for (Condition c : CONDITIONS) {
            BigDecimal toDateAmount = NONE;
            BigDecimal toDateTotal = NONE;
            BigDecimal plannedAmount = NONE;
            BigDecimal plannedTotal = NONE;
            List<QuarterShare> rows = new ArrayList<>();
            for (String q : quarters.keySet()) {
                QuarterSpend a = actualBy.get(q);
                QuarterSpend p = plannedBy.get(q);
                BigDecimal amount = a == null ? NONE : a.of(c.bucket());
                BigDecimal total = a == null ? NONE : a.total();
                BigDecimal pAmount = p == null ? NONE : p.of(c.bucket());
                BigDecimal pTotal = p == null ? NONE : p.total();
                toDateAmount = toDateAmount.add(amount);
                toDateTotal = toDateTotal.add(total);
                plannedAmount = plannedAmount.add(pAmount);
                plannedTotal = plannedTotal.add(pTotal);
                rows.add(new QuarterShare(q, amount, total, share(amount, total), toDateAmount, toDateTotal,
                        share(toDateAmount, toDateTotal), status(c, toDateAmount, toDateTotal, margin), pAmount, pTotal,
                        share(pAmount, pTotal)));
            }
            out.add(new Evaluation(c.bucket(), c.rule(), c.thresholdPercent(), c.wording(), toDateAmount, toDateTotal,
                    share(toDateAmount, toDateTotal), status(c, toDateAmount, toDateTotal, margin), plannedAmount, plannedTotal,
                    share(plannedAmount, plannedTotal), status(c, plannedAmount, plannedTotal, margin), rows));
        }
        return out;
    }

    private static Map<String, QuarterSpend> byQuarter(List<QuarterSpend> spend) {
        Map<String, QuarterSpend> out = new TreeMap<>();
        for (QuarterSpend s : spend) {
            out.merge(s.quarter(), s, (x, y) -> {
                Map<ConditionBucket, BigDecimal> sum = new EnumMap<>(ConditionBucket.class);
                sum.putAll(x.amounts());
                y.amounts().forEach((b, v) -> sum.merge(b, v, BigDecimal::add));
                return new QuarterSpend(x.quarter(), sum);
            });
        }
        return out;
    }
}
