package org.sendreform.metrics.spend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.sendreform.metrics.submission.Rejection;
import org.sendreform.platform.period.Period;

/**
 * The checks every actual spend row passes before anything is stored: the quarter is a financial quarter of a
 * grant year that has begun and is not locked, the category is the plan's, the condition bucket is known (or
 * follows from a category with a single bucket), the amount is 0 or more in pounds and pence, and no row
 * repeats another. Plain Java: no database, no HTTP.
 */
public final class ActualRowCheck {

    public static final int MAX_COMMENT = 2000;
    /** Up to a trillion pounds less a penny: numeric(14,2). */
    private static final int MAX_WHOLE_DIGITS = 12;

    /** A row that passed: its number (from 1), where it goes and what it says. */
    public record Checked(int row, String year, String quarter, LocalDate quarterStart, String category, ConditionBucket bucket,
            BigDecimal amount, String comment) {
        public String key() {
            return quarter + "|" + category + "|" + bucket;
        }
    }

    /** {@code locked} counts the rejected rows whose quarter is locked. */
    public record Outcome(List<Checked> accepted, List<Rejection> rejected, int locked) {
    }

    private ActualRowCheck() {
    }

    /**
     * @param buckets each category code's condition buckets (one: it is the default; more: the row must name one)
     * @param grantYears the grant's financial years (FY2026-27, ...)
     * @param lockOf why a quarter is locked, when it is
     */
    public static Outcome check(List<ActualRow> rows, Map<String, Set<ConditionBucket>> buckets, Set<String> grantYears,
            Function<Period, Optional<String>> lockOf, LocalDate today) {
        List<Checked> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        int locked = 0;
        for (int i = 0; i < rows.size(); i++) {
            int n = i + 1;
            ActualRow row = rows.get(i);
            if (row == null) {
                rejected.add(new Rejection(n, "row", "is empty"));
                continue;
            }
            Period quarter = null;
            Rejection problem = null;
            try {
                quarter = parseQuarter(row.quarter(), grantYears);
            } catch (IllegalArgumentException e) {
                problem = new Rejection(n, "quarter", e.getMessage());
            }
            if (problem == null && quarter.start().isAfter(today)) {
                problem = new Rejection(n, "quarter", row.quarter() + " has not begun yet");
            }
            if (problem == null) {
                Optional<String> lock = lockOf.apply(quarter);
                if (lock.isPresent()) {
                    problem = new Rejection(n, "quarter", lock.get());
                    locked++;
                }
            }
            Set<ConditionBucket> allowed = row.category() == null ? null : buckets.get(row.category());
            if (problem == null && (row.category() == null || row.category().isBlank())) {
                problem = new Rejection(n, "category", "is required, one of " + new TreeSet<>(buckets.keySet()));
            } else if (problem == null && allowed == null) {
                problem = new Rejection(n, "category", "'" + row.category() + "' is not a spend category; use one of "
                        + new TreeSet<>(buckets.keySet()));
            }
            ConditionBucket bucket = null;
            if (problem == null) {
                if (row.conditionBucket() == null || row.conditionBucket().isBlank()) {
                    if (allowed.size() == 1) {
                        bucket = allowed.iterator().next();
                    } else {
                        problem = new Rejection(n, "conditionBucket", "is required for " + row.category()
                                + ", which counts towards more than one condition: one of " + new TreeSet<>(allowed));
                    }
                } else {
                    bucket = ConditionBucket.parse(row.conditionBucket());
                    if (bucket == null) {
                        problem = new Rejection(n, "conditionBucket", "'" + row.conditionBucket()
                                + "' is not a condition bucket; use DIRECT_DELIVERY, EAH_ADMINISTRATION or LA_TRANSFORMATION");
                    }
                }
            }
            if (problem == null) {
                String amountProblem = amountProblem(row.amount());
                if (amountProblem != null) {
                    problem = new Rejection(n, "amount", amountProblem);
                }
            }
            if (problem == null && row.comment() != null && row.comment().length() > MAX_COMMENT) {
                problem = new Rejection(n, "comment", "is longer than " + MAX_COMMENT + " characters");
            }
            if (problem == null) {
                Integer first = firstRowOfKey.putIfAbsent(row.quarter() + "|" + row.category() + "|" + bucket, n);
                if (first != null) {
                    problem = new Rejection(n, "row", "repeats row " + first + " (same quarter, category and condition bucket)");
                }
            }
            if (problem != null) {
                rejected.add(problem);
            } else {
                accepted.add(new Checked(n, yearOf(quarter), quarter.code(), quarter.start(), row.category(), bucket,
                        row.amount().setScale(2), row.comment()));
            }
        }
        return new Outcome(accepted, rejected, locked);
    }

    /** Why an amount in pounds is not acceptable, or null when it is. */
    public static String amountProblem(BigDecimal amount) {
        if (amount == null) {
            return "is required (pounds, e.g. 584250.75)";
        }
        if (amount.signum() < 0) {
            return "must not be negative";
        }
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() > 2) {
            return "has more than 2 decimal places: amounts are in pounds and pence";
        }
        if (plain.precision() - plain.scale() > MAX_WHOLE_DIGITS) {
            return "is too large";
        }
        return null;
    }

    /** A financial quarter of one of the grant years; the exception's message says what is wrong. */
    public static Period parseQuarter(String code, Set<String> grantYears) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("is required, a financial quarter such as FY2026-27-Q2");
        }
        Period p = Period.parse(code);
        if (p.kind() != Period.Kind.FINANCIAL_QUARTER) {
            throw new IllegalArgumentException("'" + code + "' is not a financial quarter; use e.g. FY2026-27-Q2");
        }
        if (!grantYears.contains(yearOf(p))) {
            throw new IllegalArgumentException(code + " is not in a year of the grant " + new TreeSet<>(grantYears));
        }
        return p;
    }

    /** The financial year of a quarter: FY2026-27-Q2 → FY2026-27. */
    public static String yearOf(Period quarter) {
        return quarter.code().substring(0, "FY2026-27".length());
    }
}
