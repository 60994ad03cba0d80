package org.sendreform.platform.problem;

import java.util.List;

import org.sendreform.platform.problem.Problem.FieldError;

/**
 * Thrown by resources and domain code to answer with a problem document. Domain rules throw it
 * with a field name, so the client learns exactly which input to fix.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " '" + id + "' does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static ProblemException badParameter(String parameter, String message) {
        return new ProblemException(ProblemType.BAD_REQUEST, parameter + ": " + message,
                List.of(new FieldError(parameter, message)));
    }
}
