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
}
