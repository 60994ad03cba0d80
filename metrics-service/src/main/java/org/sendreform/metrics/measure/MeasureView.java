package org.sendreform.metrics.measure;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.platform.period.Period;

@Schema(name = "Measure", description = "A success measure with its baseline and dated targets")
public record MeasureView(
        @Schema(example = "EHCP-20WK") String code,
        @Schema(example = "New EHCPs issued within 20 weeks") String name,
        String description,
        @Schema(description = "How the measure is computed (absent for a measure catalogued before definitions were written)")
        String definition,
        @Schema(description = "What is counted above the line, for percentages and rates") String numeratorDefinition,
        @Schema(description = "What is counted below the line, for percentages and rates") String denominatorDefinition,
        @Schema(description = "The definition values are submitted under now; each value cites its own (GET .../definitions)",
                example = "1") int definitionVersion,
        Unit unit,
        Direction direction,
        MeasureKind kind,
        Period.Kind periodType,
        @Schema(example = "BB2") String theme,
        @Schema(description = "Organisations whose systems may submit values", example = "[\"coventry-la-send\"]") List<String> dataOwners,
        @Schema(description = "The breakdowns values are submitted for", example = "[\"all\"]") List<String> disaggregations,
        Baseline baseline,
        @Schema(description = "The target in the plan's own words", example = "≥75% by 2029") String targetText,
        List<TargetView> targets,
        String source,
        @Schema(description = "Shortfall still counted as at risk, in the measure's unit; absent: 5% of the expected value")
        BigDecimal tolerance,
        @Schema(description = "Values for a period are due this many days after it ends", example = "30") int submissionDueDays,
        @Schema(description = "The item's version, as its ETag") long version) {

    @Schema(name = "Baseline")
    public record Baseline(@Schema(example = "37") BigDecimal value, @Schema(example = "FY2025-26") String period,
            String note) {
    }

    @Schema(name = "Target")
    public record TargetView(@Schema(example = "FY2028-29") String period, Target.Relation relation,
            @Schema(example = "75") BigDecimal value,
            @Schema(description = "Set when the target is relative to a comparator series") Target.Comparator comparator,
            String note) {
    }

    public static MeasureView of(Measure m) {
        return new MeasureView(m.code, m.name, m.description, m.definition, m.numeratorDefinition, m.denominatorDefinition,
                m.definitionVersion, m.unit, m.direction, m.kind, m.periodType, m.themeCode,
                List.copyOf(m.dataOwners), List.copyOf(m.disaggregations), new Baseline(m.baselineValue, m.baselinePeriod, m.baselineNote), m.targetText,
                m.targets.stream().map(t -> new TargetView(t.period, t.relation, t.value, t.comparator, t.note)).toList(),
                m.source, m.tolerance, m.submissionDueDays, m.version);
    }
}
