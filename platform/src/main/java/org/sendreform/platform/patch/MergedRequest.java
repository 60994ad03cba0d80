package org.sendreform.platform.patch;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.sendreform.platform.problem.Problem.FieldError;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;

/**
 * A JSON merge patch (RFC 7396) applied to an item's request form: the item as the request that would create it
 * now, the patch merged onto it (a field present replaces, {@code null} clears, absent stays), read back as the
 * request type and validated with its constraints. So a change obeys exactly the rules of a create: a field the
 * request does not have is 400 naming it, a wrong type 400, a broken constraint 422 naming each field. The
 * field-by-field form of the same convention, for items with fields a client may not set, is {@link MergePatch}.
 */
@ApplicationScoped
public class MergedRequest {

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object of the fields to change");
        }
        ObjectNode base = json.valueToTree(current);
        List<FieldError> unknown = new ArrayList<>();
        patch.fieldNames().forEachRemaining(name -> {
            if (!base.has(name)) {
                unknown.add(new FieldError(name, "unknown field"));
            }
        });
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, unknown.get(0).field() + ": unknown field", unknown);
        }
        T merged;
        try {
            merged = json.treeToValue(merge(base, patch), type);
        } catch (JsonProcessingException e) {
            throw ProblemException.fromJson(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return merged;
    }

    /** RFC 7396 section 2: objects merge member by member, null removes a member, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode out = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getValue().isNull()) {
                out.remove(f.getKey());
            } else {
                out.set(f.getKey(), merge(out.get(f.getKey()), f.getValue()));
            }
        }
        return out;
    }
}
