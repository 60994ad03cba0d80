package org.sendreform.platform.problem;

import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

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

    /** A body that is not valid JSON or does not fit the expected shape: 400, naming the JSON path when known. */
    public static ProblemException fromJson(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            String message = e.getOriginalMessage();
            String duplicate = "Duplicate field '";
            if (message != null && message.startsWith(duplicate) && message.indexOf('\'', duplicate.length()) > 0) {
                String field = message.substring(duplicate.length(), message.indexOf('\'', duplicate.length()));
                return new ProblemException(ProblemType.BAD_REQUEST, field + ": given twice; send each field once",
                        List.of(new FieldError(field, "is given twice")));
            }
            return new ProblemException(ProblemType.BAD_REQUEST, "Body is not valid JSON: " + message);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String field = jsonPath(u.getPath());
            return new ProblemException(ProblemType.BAD_REQUEST, field + ": unknown field",
                    List.of(new FieldError(field, "unknown field")));
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = jsonPath(m.getPath());
            return new ProblemException(ProblemType.BAD_REQUEST, field + ": value has the wrong type or format",
                    List.of(new FieldError(field, "value has the wrong type or format")));
        }
        return new ProblemException(ProblemType.BAD_REQUEST, "Body could not be read: " + e.getOriginalMessage());
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }
}
