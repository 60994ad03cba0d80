package org.sendreform.platform.patch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.sendreform.platform.problem.FieldErrors;
import org.sendreform.platform.problem.Problem.FieldError;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;

/**
 * Reads a JSON merge patch (RFC 7396) field by field: a field present changes, null clears it, absent leaves the
 * current value. Unknown fields answer 400 at once; fields set elsewhere (by rules, other operations or the platform)
 * and values that break a rule are collected and answered together as 422 (see {@link #errors()}), before anything is
 * changed. For items whose writable fields differ from their create request (fields set by rules or other
 * operations are named with where they change instead); {@link MergedRequest} is the same convention for items whose
 * create request is their whole writable state.
 */
public final class MergePatch {

    /** RFC 7396's media type; the updates accept application/json too. */
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final JsonNode patch;
    private final FieldErrors errors = new FieldErrors();

    private MergePatch(JsonNode patch) {
        this.patch = patch;
    }

    /**
     * @param writable the fields a client may change
     * @param setElsewhere fields of the item a client may not change here, each with where it is set instead
     */
    public static MergePatch of(JsonNode patch, Set<String> writable, Map<String, String> setElsewhere) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object of the fields to change");
        }
        MergePatch reader = new MergePatch(patch);
        List<FieldError> unknown = new ArrayList<>();
        for (Iterator<String> names = patch.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (setElsewhere.containsKey(name)) {
                reader.errors.add(name, setElsewhere.get(name));
            } else if (!writable.contains(name)) {
                unknown.add(new FieldError(name, "unknown field"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, unknown.get(0).field() + ": unknown field", unknown);
        }
        return reader;
    }

    public boolean has(String field) {
        return patch.has(field);
    }

    /** Text of at most {@code max} characters; {@code required} text may be neither null nor blank. */
    public String text(String field, String current, int max, boolean required) {
        if (!patch.has(field)) {
            return current;
        }
        JsonNode v = patch.get(field);
        if (v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            if (required) {
                errors.add(field, "must not be empty");
                return current;
            }
            return null;
        }
        if (!v.isTextual()) {
            errors.add(field, "must be text");
            return current;
        }
        if (v.asText().length() > max) {
            errors.add(field, "must be at most " + max + " characters");
        }
        return v.asText();
    }

    public LocalDate date(String field, LocalDate current) {
        if (!patch.has(field)) {
            return current;
        }
        JsonNode v = patch.get(field);
        if (v.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date like 2026-12-31");
            return current;
        }
    }

    public <E extends Enum<E>> E choice(String field, E current, Class<E> type, boolean required) {
        if (!patch.has(field)) {
            return current;
        }
        JsonNode v = patch.get(field);
        if (v.isNull()) {
            if (required) {
                errors.add(field, "must not be null");
                return current;
            }
            return null;
        }
        try {
            return Enum.valueOf(type, v.asText());
        } catch (IllegalArgumentException e) {
            errors.add(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return current;
        }
    }

    /** An array of text; null (or an empty array) clears it. Each element is checked later, by its index. */
    public List<String> texts(String field, List<String> current) {
        if (!patch.has(field)) {
            return current;
        }
        JsonNode v = patch.get(field);
        if (v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            errors.add(field, "must be an array of codes");
            return current;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                errors.add(field + "[" + i + "]", "must be text");
            } else {
                out.add(v.get(i).asText());
            }
        }
        return out;
    }

    /** The problems found so far, where the update's own rules add theirs; {@link FieldErrors#throwIfAny()} answers them. */
    public FieldErrors errors() {
        return errors;
    }
}
