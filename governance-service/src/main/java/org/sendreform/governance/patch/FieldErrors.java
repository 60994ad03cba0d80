package org.sendreform.governance.patch;

import java.util.List;
import java.util.stream.Collectors;

import org.sendreform.platform.problem.Problem.FieldError;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;

/** Rule breaches collected field by field, answered together as one 422 problem naming each field. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void requireNone(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
        }
    }
}
