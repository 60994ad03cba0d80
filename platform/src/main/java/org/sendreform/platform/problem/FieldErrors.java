package org.sendreform.platform.problem;

import java.util.ArrayList;
import java.util.List;

import org.sendreform.platform.problem.Problem.FieldError;

/** The field problems of one request, collected so that all are reported at once (422), before anything changes. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** Adds the problem unless {@code ok}. */
    public FieldErrors check(boolean ok, String field, String message) {
        return ok ? this : add(field, message);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Answers 422 listing every problem a rule class found; does nothing when there is none. */
    public static void requireNone(List<FieldError> found) {
        FieldErrors errors = new FieldErrors();
        errors.errors.addAll(found);
        errors.throwIfAny();
    }

    /** Answers 422 listing every problem; does nothing when there is none. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.stream().map(e -> e.field() + ": " + e.message())
                    .reduce((a, b) -> a + "; " + b).orElseThrow(), errors);
        }
    }
}
