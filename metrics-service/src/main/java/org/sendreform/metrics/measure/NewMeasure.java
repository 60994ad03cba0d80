package org.sendreform.metrics.measure;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A measure as a request: what POST creates and what a PATCH is merged onto. Codes of the plan's enumerations
 * (unit, direction, kind, period type, relation, comparator) are read as text so that every problem of a request is
 * reported at once, naming its field ({@link MeasureCheck}).
 */
@Schema(name = "NewMeasure", description = "A measure to add to the catalogue, with its definition, baseline and targets")
public record NewMeasure(
        @Schema(required = true, example = "EHCP-20WK-SEN", description = "Capital letters and digits in parts joined by '-'") String code,
        @Schema(required = true, example = "New EHCPs issued within 20 weeks") String name,
        String description,
        @Schema(description = "How the measure is computed; required (a change is a new definition version)",
                example = "Of the new EHC plans issued in the year, the share issued within 20 weeks of the request for assessment")
        String definition,
        @Schema(description = "What is counted above the line; required for RATE, optional for PERCENT, absent otherwise",
                example = "New EHC plans issued within 20 weeks") String numeratorDefinition,
        @Schema(description = "What is counted below the line; required for RATE, optional for PERCENT, absent otherwise",
                example = "All new EHC plans issued") String denominatorDefinition,
        @Schema(required = true, example = "PERCENT", enumeration = { "PERCENT", "COUNT", "WEEKS", "MONEY", "RATE" }) String unit,
        @Schema(required = true, example = "HIGHER_IS_BETTER", enumeration = { "HIGHER_IS_BETTER", "LOWER_IS_BETTER", "BAND" })
        String direction,
        @Schema(required = true, example = "OUTCOME", enumeration = { "LEADING", "OUTCOME", "SUPPORTING", "LIVED_EXPERIENCE",
                "FINANCE" }) String kind,
        @Schema(required = true, example = "FINANCIAL_YEAR", enumeration = { "FINANCIAL_YEAR", "FINANCIAL_QUARTER",
                "ACADEMIC_YEAR", "ACADEMIC_TERM", "MONTH" }) String periodType,
        @Schema(example = "BB2") String theme,
        @Schema(required = true, description = "Organisations whose systems may submit values (at least one)",
                example = "[\"coventry-la-send\"]") List<String> dataOwners,
        @Schema(description = "The breakdowns values are submitted for; must include \"all\" (default [\"all\"])",
                example = "[\"all\", \"ehcp\", \"sen-support\"]") List<String> disaggregations,
        NewBaseline baseline,
        @Schema(required = true, description = "The target in the plan's own words", example = "≥75% by 2029") String targetText,
        List<NewTarget> targets,
        @Schema(example = "Coventry SEND and AP Reform Plan v3.1 (June 2026), Section 2") String source,
        @Schema(description = "Shortfall still counted as at risk, in the measure's unit; absent: 5% of the expected value",
                example = "2.5") BigDecimal tolerance,
        @Schema(description = "Values for a period are due this many days after it ends (default 30)", example = "30")
        Integer submissionDueDays) {

    @Schema(name = "NewBaseline")
    public record NewBaseline(@Schema(example = "37") BigDecimal value, @Schema(example = "FY2025-26") String period,
            String note) {
    }

    @Schema(name = "NewTarget", description = "A dated target: a value, or relative to a comparator series")
    public record NewTarget(@Schema(required = true, example = "FY2028-29") String period,
            @Schema(required = true, example = "AT_LEAST", enumeration = { "AT_LEAST", "AT_MOST", "EQUAL" }) String relation,
            @Schema(example = "75") BigDecimal value,
            @Schema(enumeration = { "NATIONAL", "STATISTICAL_NEIGHBOURS" }) String comparator,
            String note) {
    }

    /** The breakdowns, {@code ["all"]} when none are named. */
    List<String> disaggregationsOrAll() {
        return disaggregations == null || disaggregations.isEmpty() ? List.of(MeasureCheck.ALL) : disaggregations;
    }

    /** The measure as the request that would create it now: the base a merge patch applies to. */
    static NewMeasure of(Measure m) {
        return new NewMeasure(m.code, m.name, m.description, m.definition, m.numeratorDefinition, m.denominatorDefinition,
                name(m.unit), name(m.direction), name(m.kind), name(m.periodType), m.themeCode, List.copyOf(m.dataOwners),
                List.copyOf(m.disaggregations), new NewBaseline(m.baselineValue, m.baselinePeriod, m.baselineNote),
                m.targetText, m.targets.stream().map(t -> new NewTarget(t.period, name(t.relation), t.value, name(t.comparator),
                        t.note)).toList(),
                m.source, m.tolerance, m.submissionDueDays);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
