package org.sendreform.platform.query;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.sendreform.platform.period.Period;
import org.sendreform.platform.problem.ProblemException;

/**
 * Reads typed values from query parameters. A value that does not parse answers 400 naming the parameter
 * and what it accepts (JAX-RS itself would answer an unexplained 404 for a bad enum query parameter).
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static Period period(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Period.parse(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter(parameter, e.getMessage());
        }
    }

    /** An ISO date (2026-11-25), or null when absent; anything else answers 400 naming the parameter. */
    public static java.time.LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badParameter(parameter, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    public static <E extends Enum<E>> E oneOf(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.badParameter(parameter, "'" + value + "' is not one of " + allowed);
        }
    }

    /** true/false, or the default when absent; anything else answers 400 (JAX-RS would read it as false). */
    public static boolean bool(String parameter, String value, boolean defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badParameter(parameter, "'" + value + "' is not true or false");
        };
    }

    /** A whole number within bounds, or the default when absent. */
    public static int integer(String parameter, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw ProblemException.badParameter(parameter, "must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(parameter, "'" + value + "' is not a whole number");
        }
    }
}
