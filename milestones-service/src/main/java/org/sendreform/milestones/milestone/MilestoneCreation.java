package org.sendreform.milestones.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.sendreform.platform.period.Period;
import org.sendreform.platform.problem.Problem.FieldError;
import org.sendreform.platform.problem.FieldErrors;
import org.sendreform.platform.problem.ProblemException;

/**
 * A new milestone from a request: the fields only creation sets (code, theme, workspace, due and baseline
 * dates, links to measures and risks) are checked here, all problems at once; the rest (title, status,
 * confidence…) go through the same rules as any change ({@link MilestoneUpdate}). The due period is derived
 * from the due date, never typed in.
 */
public final class MilestoneCreation {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+){1,5}");
    static final Pattern LINKED_CODE = Pattern.compile("[A-Z][A-Z0-9-]{0,39}");
    private static final Set<String> CREATION_ONLY = Set.of("code", "theme", "workspace", "dueDate", "baselineDate", "measures", "risks");

    private MilestoneCreation() {
    }

    /**
     * The milestone the request describes, not yet persisted. {@code themeExists} and {@code workspaceExists}
     * answer whether a code names one of the plan's themes and workspaces.
     */
    public static Milestone from(JsonNode request, Predicate<String> themeExists, Predicate<String> workspaceExists, LocalDate today) {
        if (request == null || !request.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object describing the milestone");
        }
        List<FieldError> errors = new ArrayList<>();
        Milestone m = new Milestone();
        m.code = text(request, "code", errors);
        if (m.code != null && !CODE.matcher(m.code).matches()) {
            errors.add(new FieldError("code", "must look like M-CS-Q4-08 (capitals, digits, hyphens)"));
        }
        m.themeCode = text(request, "theme", errors);
        if (m.themeCode != null && !themeExists.test(m.themeCode)) {
            errors.add(new FieldError("theme", "'" + m.themeCode + "' is not one of the plan's themes"));
        }
        m.workspaceCode = text(request, "workspace", errors);
        if (m.workspaceCode != null && !workspaceExists.test(m.workspaceCode)) {
            errors.add(new FieldError("workspace", "'" + m.workspaceCode + "' is not one of the plan's workspaces"));
        }
        m.dueDate = date(request, "dueDate", true, errors);
        m.baselineDate = date(request, "baselineDate", false, errors);
        if (m.baselineDate == null) {
            m.baselineDate = m.dueDate;
        } else if (m.dueDate != null && m.dueDate.isBefore(m.baselineDate)) {
            errors.add(new FieldError("dueDate", "must not be before the baseline date " + m.baselineDate));
        }
        if (!request.has("title")) {
            errors.add(new FieldError("title", "is required"));
        }
        measures(request.get("measures"), m, errors);
        risks(request.get("risks"), m, errors);
        FieldErrors.requireNone(errors);
        m.duePeriod = Period.financialQuarterOf(m.dueDate).code();
        m.status = MilestoneStatus.NOT_STARTED;
        ObjectNode rest = ((ObjectNode) request).deepCopy();
        rest.remove(CREATION_ONLY);
        MilestoneUpdate.apply(m, rest, today);
        return m;
    }

    private static String text(JsonNode request, String field, List<FieldError> errors) {
        JsonNode v = request.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        if (!v.isTextual()) {
            errors.add(new FieldError(field, "must be text"));
            return null;
        }
        return v.asText().strip();
    }

    private static LocalDate date(JsonNode request, String field, boolean required, List<FieldError> errors) {
        JsonNode v = request.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date like 2027-03-31"));
            return null;
        }
    }

    /** A measure link's fields: anything else is a mistake the client must hear about, not a value silently dropped. */
    private static final Set<String> MEASURE_LINK_FIELDS = Set.of("measureCode", "expectedValue", "expectedText");

    private static String unknownField(JsonNode item, Set<String> known) {
        for (Iterator<String> names = item.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                return name;
            }
        }
        return null;
    }

    private static void measures(JsonNode measures, Milestone m, List<FieldError> errors) {
        if (measures == null || measures.isNull()) {
            return;
        }
        if (!measures.isArray() || measures.size() > 20) {
            errors.add(new FieldError("measures", "must be a list of at most 20 {measureCode, expectedValue, expectedText}"));
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < measures.size(); i++) {
            JsonNode item = measures.get(i);
            String unknown = unknownField(item, MEASURE_LINK_FIELDS);
            if (!item.isObject() || unknown != null) {
                errors.add(new FieldError("measures[" + i + "]" + (unknown == null ? "" : "." + unknown),
                        unknown == null ? "must be an object {measureCode, expectedValue, expectedText}" : "unknown field"));
                continue;
            }
            String code = item.path("measureCode").asText("");
            if (!LINKED_CODE.matcher(code).matches()) {
                errors.add(new FieldError("measures[" + i + "].measureCode", "must be a measure code like PLACES-SB"));
                continue;
            }
            if (!seen.add(code)) {
                errors.add(new FieldError("measures[" + i + "].measureCode", code + " is listed twice"));
                continue;
            }
            JsonNode value = item.get("expectedValue");
            if (value != null && !value.isNull() && !value.isNumber()) {
                errors.add(new FieldError("measures[" + i + "].expectedValue", "must be a number"));
                continue;
            }
            JsonNode expectedText = item.get("expectedText");
            if (expectedText != null && !expectedText.isNull() && !expectedText.isTextual()) {
                errors.add(new FieldError("measures[" + i + "].expectedText", "must be text"));
                continue;
            }
            String text = expectedText == null || expectedText.isNull() ? null : expectedText.asText();
            if (text != null && text.length() > MilestoneUpdate.MAX_TEXT) {
                errors.add(new FieldError("measures[" + i + "].expectedText", "must be at most " + MilestoneUpdate.MAX_TEXT + " characters"));
                continue;
            }
            Milestone.MeasureLink link = new Milestone.MeasureLink();
            link.measureCode = code;
            link.expectedValue = value == null || value.isNull() ? null : new BigDecimal(value.asText());
            link.expectedText = text;
            m.measures.add(link);
        }
    }

    private static void risks(JsonNode risks, Milestone m, List<FieldError> errors) {
        if (risks == null || risks.isNull()) {
            return;
        }
        if (!risks.isArray() || risks.size() > 20) {
            errors.add(new FieldError("risks", "must be a list of at most 20 risk codes"));
            return;
        }
        for (int i = 0; i < risks.size(); i++) {
            String code = risks.get(i).isTextual() ? risks.get(i).asText() : "";
            if (!LINKED_CODE.matcher(code).matches()) {
                errors.add(new FieldError("risks[" + i + "]", "must be a risk code like R-05"));
            } else if (!m.riskCodes.contains(code)) {
                m.riskCodes.add(code);
            }
        }
    }
}
