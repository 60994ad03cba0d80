package org.sendreform.platform.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period, written as a code with one grammar for the whole platform (docs/api-guide.md):
 * <ul>
 * <li>{@code FY2026-27}: financial year, 1 April 2026 to 31 March 2027;</li>
 * <li>{@code FY2026-27-Q2}: financial quarter (Q1 April–June … Q4 January–March), as in the plan's delivery tables;</li>
 * <li>{@code AY2026-27}: academic year, 1 September 2026 to 31 August 2027;</li>
 * <li>{@code AY2026-27-T1}: academic term (T1 autumn September–December, T2 spring January–March,
 * T3 summer April–August);</li>
 * <li>{@code 2026-11}: calendar month.</li>
 * </ul>
 * Every period knows its first and last day, so periods of different kinds can be compared and filtered.
 */
public record Period(String code, Kind kind, LocalDate start, LocalDate end) implements Comparable<Period> {

    public enum Kind {
        FINANCIAL_YEAR, FINANCIAL_QUARTER, ACADEMIC_YEAR, ACADEMIC_TERM, MONTH
    }

    private static final Pattern YEAR_BASED = Pattern.compile("(FY|AY)(\\d{4})-(\\d{2})(?:-(Q[1-4]|T[1-3]))?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    public static final String GRAMMAR = "FY2026-27, FY2026-27-Q2, AY2026-27, AY2026-27-T1 or 2026-11";

    /** Parses a period code; the message of the exception says what the grammar is. */
    public static Period parse(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a period is required, e.g. " + GRAMMAR);
        }
        Matcher y = YEAR_BASED.matcher(code);
        if (y.matches()) {
            int first = Integer.parseInt(y.group(2));
            int second = Integer.parseInt(y.group(3));
            if ((first + 1) % 100 != second) {
                throw new IllegalArgumentException("'" + code + "' is not a period: the two years must follow each other, e.g. "
                        + y.group(1) + first + "-" + String.format("%02d", (first + 1) % 100));
            }
            boolean financial = y.group(1).equals("FY");
            String part = y.group(4);
            if (part == null) {
                return financial
                        ? new Period(code, Kind.FINANCIAL_YEAR, LocalDate.of(first, 4, 1), LocalDate.of(first + 1, 3, 31))
                        : new Period(code, Kind.ACADEMIC_YEAR, LocalDate.of(first, 9, 1), LocalDate.of(first + 1, 8, 31));
            }
            if (financial && part.startsWith("Q")) {
                int q = part.charAt(1) - '0';
                YearMonth from = YearMonth.of(first, 4).plusMonths(3L * (q - 1));
                return new Period(code, Kind.FINANCIAL_QUARTER, from.atDay(1), from.plusMonths(2).atEndOfMonth());
            }
            if (!financial && part.startsWith("T")) {
                return switch (part) {
                    case "T1" -> new Period(code, Kind.ACADEMIC_TERM, LocalDate.of(first, 9, 1), LocalDate.of(first, 12, 31));
                    case "T2" -> new Period(code, Kind.ACADEMIC_TERM, LocalDate.of(first + 1, 1, 1), LocalDate.of(first + 1, 3, 31));
                    default -> new Period(code, Kind.ACADEMIC_TERM, LocalDate.of(first + 1, 4, 1), LocalDate.of(first + 1, 8, 31));
                };
            }
            throw new IllegalArgumentException("'" + code + "' is not a period: financial years have quarters (Q1–Q4), "
                    + "academic years have terms (T1–T3)");
        }
        Matcher m = MONTH.matcher(code);
        if (m.matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new Period(code, Kind.MONTH, month.atDay(1), month.atEndOfMonth());
        }
        throw new IllegalArgumentException("'" + code + "' is not a period; use " + GRAMMAR);
    }

    /** The financial quarter a day falls in, e.g. 2026-11-23 → FY2026-27-Q3. */
    public static Period financialQuarterOf(LocalDate day) {
        int startYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        int quarter = ((day.getMonthValue() + 8) % 12) / 3 + 1;
        return parse(String.format("FY%d-%02d-Q%d", startYear, (startYear + 1) % 100, quarter));
    }

    /** The period of the same kind that follows this one (FY2026-27-Q4 → FY2027-28-Q1, 2026-12 → 2027-01). */
    public Period next() {
        int first = start.getMonthValue() >= (kind == Kind.ACADEMIC_YEAR || kind == Kind.ACADEMIC_TERM ? 9 : 4)
                ? start.getYear() : start.getYear() - 1;
        return switch (kind) {
            case FINANCIAL_YEAR -> parse(String.format("FY%d-%02d", first + 1, (first + 2) % 100));
            case ACADEMIC_YEAR -> parse(String.format("AY%d-%02d", first + 1, (first + 2) % 100));
            case FINANCIAL_QUARTER -> financialQuarterOf(end.plusDays(1));
            case ACADEMIC_TERM -> {
                int term = code.charAt(code.length() - 1) - '0';
                yield term < 3 ? parse(code.substring(0, code.length() - 1) + (term + 1))
                        : parse(String.format("AY%d-%02d-T1", first + 1, (first + 2) % 100));
            }
            case MONTH -> parse(YearMonth.from(start).plusMonths(1).toString());
        };
    }

    /** The period of the given kind that a day falls in. */
    public static Period of(Kind kind, LocalDate day) {
        int fyStart = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        int ayStart = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return switch (kind) {
            case FINANCIAL_YEAR -> parse(String.format("FY%d-%02d", fyStart, (fyStart + 1) % 100));
            case FINANCIAL_QUARTER -> financialQuarterOf(day);
            case ACADEMIC_YEAR -> parse(String.format("AY%d-%02d", ayStart, (ayStart + 1) % 100));
            case ACADEMIC_TERM -> parse(String.format("AY%d-%02d-T%d", ayStart, (ayStart + 1) % 100,
                    day.getMonthValue() >= 9 ? 1 : day.getMonthValue() <= 3 ? 2 : 3));
            case MONTH -> parse(YearMonth.from(day).toString());
        };
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean hasEndedBy(LocalDate day) {
        return day.isAfter(end);
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : other.end.compareTo(end);
    }

    @Override
    public String toString() {
        return code;
    }
}
