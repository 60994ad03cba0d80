package org.sendreform.metrics.submission;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sendreform.metrics.lock.LockedPeriods;
import org.sendreform.metrics.measure.Unit;
import org.sendreform.platform.period.Period;

/**
 * The checks every submitted row passes before anything is stored: the measure exists, the period parses,
 * fits the measure and has begun, the breakdown is the measure's, the value is in range for the unit,
 * numerator and denominator agree with it, and no row repeats another. Plain Java: no database, no HTTP.
 */
public final class RowCheck {

    public static final int MAX_COMMENT = 2000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TOLERANCE = new BigDecimal("0.05");

    /** {@code locked} counts the rejected rows whose period is locked. */
    public record Outcome(List<CheckedValue> accepted, List<Rejection> rejected, int locked) {
    }

    private RowCheck() {
    }

    /**
     * Rows are numbered from 1 in the order received; a null row could not be read (its reason is in
     * {@code unreadable}); {@code measures} holds, by code, every known measure the rows name.
     */
    public static Outcome check(List<ValueRow> rows, Map<Integer, Rejection> unreadable, Map<String, MeasureRules> measures,
            LockedPeriods locks, LocalDate today) {
        int locked = 0;
        List<CheckedValue> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        // a batch names few distinct periods: parse each once (the grammar's regex per row was an eighth of the CPU)
        Map<String, Object> periods = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int number = i + 1;
            ValueRow row = rows.get(i);
            if (row == null) {
                rejected.add(unreadable.getOrDefault(number, new Rejection(number, "row", "is empty")));
                continue;
            }
            Rejection problem = null;
            MeasureRules measure = row.measureCode() == null ? null : measures.get(row.measureCode());
            Period period = null;
            BigDecimal value = row.value();
            if (row.measureCode() == null || row.measureCode().isBlank()) {
                problem = new Rejection(number, "measureCode", "is required");
            } else if (measure == null) {
                problem = new Rejection(number, "measureCode", "'" + row.measureCode() + "' is not a known measure");
            } else {
                Object parsed = row.period() == null ? parse(null) : periods.computeIfAbsent(row.period(), RowCheck::parse);
                if (parsed instanceof Period p) {
                    period = p;
                } else {
                    problem = new Rejection(number, "period", (String) parsed);
                }
            }
            if (problem == null && period.kind() != measure.periodType()) {
                problem = new Rejection(number, "period", measure.code() + " is reported by " + describe(measure.periodType())
                        + ", not by " + describe(period.kind()));
            }
            if (problem == null && period.start().isAfter(today)) {
                problem = new Rejection(number, "period", row.period() + " has not begun yet");
            }
            if (problem == null) {
                var lock = locks.lockFor(measure.code(), period);
                if (lock.isPresent()) {
                    problem = new Rejection(number, "period", lock.get().describe());
                    locked++;
                }
            }
            if (problem == null && !measure.disaggregations().contains(row.disaggregationOrAll())) {
                problem = new Rejection(number, "disaggregation", "'" + row.disaggregationOrAll() + "' is not one of "
                        + measure.code() + "'s breakdowns " + measure.disaggregations());
            }
            if (problem == null && row.comment() != null && row.comment().length() > MAX_COMMENT) {
                problem = new Rejection(number, "comment", "is longer than " + MAX_COMMENT + " characters");
            }
            if (problem == null) {
                boolean hasParts = row.numerator() != null || row.denominator() != null;
                if (hasParts && (row.numerator() == null || row.denominator() == null)) {
                    problem = new Rejection(number, row.numerator() == null ? "numerator" : "denominator",
                            "numerator and denominator come together");
                } else if (hasParts) {
                    problem = checkParts(number, measure.unit(), row.numerator(), row.denominator());
                    if (problem == null) {
                        BigDecimal derived = ratio(measure.unit(), row.numerator(), row.denominator());
                        if (value == null) {
                            value = derived;
                        } else if (value.subtract(derived).abs().compareTo(TOLERANCE) > 0) {
                            problem = new Rejection(number, "value", "is " + value.toPlainString()
                                    + " but numerator/denominator give " + derived.toPlainString());
                        }
                    }
                } else if (value == null) {
                    problem = new Rejection(number, "value", "is required (or numerator and denominator)");
                }
            }
            if (problem == null) {
                problem = checkRange(number, measure.unit(), value);
            }
            if (problem == null) {
                String key = measure.code() + "|" + row.period() + "|" + row.disaggregationOrAll();
                Integer first = firstRowOfKey.putIfAbsent(key, number);
                if (first != null) {
                    problem = new Rejection(number, "row", "repeats row " + first + " (same measure, period and disaggregation)");
                }
            }
            if (problem != null) {
                rejected.add(problem);
            } else {
                accepted.add(new CheckedValue(number, measure, row.period(), period.start(), row.disaggregationOrAll(), value,
                        row.numerator(), row.denominator(), row.comment()));
            }
        }
        return new Outcome(accepted, rejected, locked);
    }

    private static Rejection checkParts(int number, Unit unit, BigDecimal numerator, BigDecimal denominator) {
        if (unit != Unit.PERCENT && unit != Unit.RATE) {
            return new Rejection(number, "numerator", "only percentages and rates take a numerator and denominator");
        }
        if (numerator.signum() < 0) {
            return new Rejection(number, "numerator", "must not be negative");
        }
        if (denominator.signum() <= 0) {
            return new Rejection(number, "denominator", "must be greater than 0");
        }
        if (unit == Unit.PERCENT && numerator.compareTo(denominator) > 0) {
            return new Rejection(number, "numerator", "must not be larger than the denominator");
        }
        return null;
    }

    private static BigDecimal ratio(Unit unit, BigDecimal numerator, BigDecimal denominator) {
        BigDecimal r = numerator.divide(denominator, MathContext.DECIMAL64);
        BigDecimal value = (unit == Unit.PERCENT ? r.multiply(HUNDRED) : r).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static Rejection checkRange(int number, Unit unit, BigDecimal value) {
        if (value.precision() - value.scale() > 15) {
            return new Rejection(number, "value", "is too large");
        }
        return switch (unit) {
            case PERCENT -> value.signum() < 0 || value.compareTo(HUNDRED) > 0
                    ? new Rejection(number, "value", "a percentage must be between 0 and 100")
                    : null;
            case COUNT -> value.signum() < 0 || value.stripTrailingZeros().scale() > 0
                    ? new Rejection(number, "value", "a count must be a whole number, 0 or more")
                    : null;
            case WEEKS, RATE -> value.signum() < 0 ? new Rejection(number, "value", "must not be negative") : null;
            case MONEY -> null; // spend can be negative (refunds, corrections)
        };
    }

    /** The period of a code, or why it is not one (kept, so a bad code repeated in many rows is parsed once too). */
    private static Object parse(String code) {
        try {
            return Period.parse(code);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static String describe(Period.Kind kind) {
        return kind.name().toLowerCase().replace('_', ' ');
    }
}
