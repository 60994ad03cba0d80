package org.sendreform.risk.view;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The register as CSV: a header row, then one record per risk; linked codes within a field are joined by ';'. */
public final class RegisterCsv {

    public static final List<String> HEADER = List.of("code", "title", "category", "owner", "owningBody", "homeBody", "status",
            "scale", "impact", "likelihood", "assessedRag", "matrixRag", "departsFromMatrix", "residualRag", "targetRag",
            "aboveAppetite", "nextReviewDate", "closedOn", "milestones", "measures", "dependencies");

    private RegisterCsv() {
    }

    public static String of(List<RegisterEntry> register) {
        StringBuilder out = new StringBuilder(Csv.record(HEADER));
        register.forEach(e -> out.append(Csv.record(row(e))));
        return out.toString();
    }

    static List<String> row(RegisterEntry e) {
        return Arrays.asList(e.code(), e.title(), text(e.category()), e.owner(), e.owningBody(), e.homeBody(), text(e.status()),
                text(e.scale()), e.impact(), e.likelihood(), text(e.assessedRag()), text(e.matrixRag()), String.valueOf(e.departsFromMatrix()),
                text(e.residualRag()), text(e.targetRag()), String.valueOf(e.aboveAppetite()), text(e.nextReviewDate()), text(e.closedOn()),
                String.join(";", e.milestones()), String.join(";", e.measures()), String.join(";", e.dependencies()));
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
