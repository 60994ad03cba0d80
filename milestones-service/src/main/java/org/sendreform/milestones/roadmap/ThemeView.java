package org.sendreform.milestones.roadmap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Theme", description = "A theme of the plan with its three-year roadmap")
public record ThemeView(
        @Schema(example = "BB2") String code,
        @Schema(example = "Access to specialist support and local placements") String name,
        String description,
        @Schema(example = "Developing") String maturity,
        @Schema(description = "Roadmap bullets by plan year (FY2026-27, FY2027-28, FY2028-29)") Map<String, List<String>> roadmap) {

    public static ThemeView of(Theme t) {
        Map<String, List<String>> byYear = new LinkedHashMap<>();
        t.roadmap.forEach(item -> byYear.computeIfAbsent(item.planYear, y -> new java.util.ArrayList<>()).add(item.text));
        return new ThemeView(t.code, t.name, t.description, t.maturity, byYear);
    }
}
