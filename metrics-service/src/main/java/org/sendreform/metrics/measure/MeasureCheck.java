package org.sendreform.metrics.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.sendreform.platform.period.Period;
import org.sendreform.platform.problem.Problem.FieldError;

/**
 * The rules a measure in the catalogue keeps, whether created or changed: every problem is found, each naming its
 * field, so that a client fixes all in one go. Plain Java: no database, no HTTP.
 */
public final class MeasureCheck {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    static final Pattern ORG_OR_BREAKDOWN = Pattern.compile("[a-z][a-z0-9-]*");
    static final String ALL = "all";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<FieldError> errors = new ArrayList<>();

    private MeasureCheck() {
    }

    /**
     * @param definitionRequired whether the definition text (and, for a rate, its numerator and denominator) must be
     *        given: always for a new measure or a new definition version; a measure catalogued before definitions were
     *        written keeps its gaps until its definition is next changed
     */
    public static List<FieldError> check(NewMeasure m, boolean definitionRequired) {
        MeasureCheck c = new MeasureCheck();
        c.text("code", m.code(), 40, true);
        if (m.code() != null && !m.code().isBlank() && !CODE.matcher(m.code()).matches()) {
            c.add("code", "must be capital letters and digits in parts joined by '-', like EHCP-20WK");
        }
        c.text("name", m.name(), 300, true);
        c.text("description", m.description(), 4000, false);
        c.text("definition", m.definition(), 4000, definitionRequired);
        Unit unit = c.choice("unit", m.unit(), Unit.class);
        c.parts(unit, m, definitionRequired);
        c.choice("direction", m.direction(), Direction.class);
        c.choice("kind", m.kind(), MeasureKind.class);
        Period.Kind periodType = c.choice("periodType", m.periodType(), Period.Kind.class);
        c.text("theme", m.theme(), 20, false);
        c.codes("dataOwners", m.dataOwners(), 100);
        if (m.dataOwners() == null || m.dataOwners().isEmpty()) {
            c.add("dataOwners", "name at least one organisation whose systems submit the values");
        }
        c.codes("disaggregations", m.disaggregations(), 60);
        if (m.disaggregations() != null && !m.disaggregations().contains(ALL)) {
            c.add("disaggregations", "must include \"" + ALL + "\" (the whole cohort)");
        }
        if (m.baseline() != null) {
            c.period("baseline.period", m.baseline().period(), periodType, false);
            c.value("baseline.value", m.baseline().value(), unit);
            c.text("baseline.note", m.baseline().note(), 2000, false);
        }
        c.text("targetText", m.targetText(), 2000, true);
        c.targets(m.targets(), unit, periodType);
        c.text("source", m.source(), 2000, false);
        if (m.tolerance() != null && m.tolerance().signum() < 0) {
            c.add("tolerance", "must not be negative");
        }
        if (m.submissionDueDays() != null && (m.submissionDueDays() < 0 || m.submissionDueDays() > 366)) {
            c.add("submissionDueDays", "must be 0 to 366 days");
        }
        return List.copyOf(c.errors);
    }

    /** Numerator and denominator definitions: both for a rate, both or neither for a percentage, none otherwise. */
    private void parts(Unit unit, NewMeasure m, boolean required) {
        text("numeratorDefinition", m.numeratorDefinition(), 2000, false);
        text("denominatorDefinition", m.denominatorDefinition(), 2000, false);
        boolean numerator = present(m.numeratorDefinition());
        boolean denominator = present(m.denominatorDefinition());
        if (unit == Unit.RATE && required) {
            check(numerator, "numeratorDefinition", "is required for a rate");
            check(denominator, "denominatorDefinition", "is required for a rate");
        } else if (unit == Unit.PERCENT) {
            check(numerator == denominator, numerator ? "denominatorDefinition" : "numeratorDefinition",
                    "numerator and denominator definitions come together");
        } else if (unit != null && unit != Unit.RATE) {
            check(!numerator, "numeratorDefinition", "only percentages and rates have a numerator and denominator");
            check(!denominator, "denominatorDefinition", "only percentages and rates have a numerator and denominator");
        }
    }

    private void targets(List<NewMeasure.NewTarget> targets, Unit unit, Period.Kind periodType) {
        if (targets == null) {
            return;
        }
        Set<String> periods = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            String at = "targets[" + i + "]";
            NewMeasure.NewTarget t = targets.get(i);
            if (t == null) {
                add(at, "must be a target");
                continue;
            }
            period(at + ".period", t.period(), periodType, true);
            if (t.period() != null && !periods.add(t.period())) {
                add(at + ".period", t.period() + " has another target already: one target per period");
            }
            choice(at + ".relation", t.relation(), Target.Relation.class);
            if (t.comparator() != null) {
                choice(at + ".comparator", t.comparator(), Target.Comparator.class);
            }
            check(t.value() != null || t.comparator() != null, at + ".value",
                    "is required unless the target is relative to a comparator series");
            value(at + ".value", t.value(), unit);
            text(at + ".note", t.note(), 2000, false);
        }
    }

    private void period(String field, String code, Period.Kind periodType, boolean required) {
        if (code == null || code.isBlank()) {
            check(!required, field, "is required");
            return;
        }
        try {
            Period p = Period.parse(code);
            check(periodType == null || p.kind() == periodType, field, code + " is not a " + describe(periodType)
                    + ", the measure's period type");
        } catch (IllegalArgumentException e) {
            add(field, e.getMessage());
        }
    }

    private void value(String field, BigDecimal value, Unit unit) {
        if (value == null) {
            return;
        }
        if (unit == Unit.PERCENT) {
            check(value.signum() >= 0 && value.compareTo(HUNDRED) <= 0, field, "a percentage must be between 0 and 100");
        } else if (unit == Unit.COUNT || unit == Unit.WEEKS || unit == Unit.RATE) {
            check(value.signum() >= 0, field, "must not be negative");
        }
    }

    private void codes(String field, List<String> codes, int max) {
        if (codes == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String at = field + "[" + i + "]";
            if (code == null || !ORG_OR_BREAKDOWN.matcher(code).matches() || code.length() > max) {
                add(at, "must be a code of lower-case letters, digits and '-', at most " + max + " characters, like sen-support");
            } else if (!seen.add(code)) {
                add(at, "'" + code + "' is listed twice");
            }
        }
    }

    private <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            add(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private void text(String field, String value, int max, boolean required) {
        if (!present(value)) {
            check(!required, field, "is required");
        } else if (value.length() > max) {
            add(field, "must be at most " + max + " characters");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private void check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
    }

    private void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    private static String describe(Period.Kind kind) {
        return kind == null ? "period" : kind.name().toLowerCase().replace('_', ' ');
    }
}
