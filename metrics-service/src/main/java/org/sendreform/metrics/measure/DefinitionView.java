package org.sendreform.metrics.measure;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.platform.period.Period;

@Schema(name = "MeasureDefinition", description = "One version of a measure's definition: what it was, who set it, when and why")
public record DefinitionView(
        @Schema(example = "2") int version,
        String definition,
        String numeratorDefinition,
        String denominatorDefinition,
        Unit unit,
        Direction direction,
        Period.Kind periodType,
        @Schema(example = "[\"all\", \"ehcp\"]") List<String> disaggregations,
        String source,
        @Schema(example = "programme.manager") String definedBy,
        Instant definedAt,
        @Schema(example = "DfE changed the 20-week clock to start at the request, not the decision to assess") String reason,
        @Schema(description = "The definition fields this version changed (empty for version 1)", example = "[\"definition\"]")
        List<String> changedFields) {

    static DefinitionView of(MeasureDefinition d) {
        return new DefinitionView(d.version, d.definition, d.numeratorDefinition, d.denominatorDefinition, d.unit, d.direction,
                d.periodType, List.copyOf(d.disaggregations), d.source, d.definedBy, d.definedAt, d.reason,
                List.copyOf(d.changedFields));
    }
}
