package org.sendreform.governance.qa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The single view of QA findings: per provider (or setting, or service) its latest rating, when, how many reports
 * and how many concerns are still open; per kind, how many reports came to each rating. Published reports only
 * (withdrawn ones count nowhere). Providers are one whatever the case or spacing of their name, shown as their latest
 * report spells it; worst latest rating first, then by name. Plain Java.
 */
@Schema(name = "QaSummary", description = "The single view of QA findings, from published reports")
public record QaSummary(
        @Schema(description = "Reports audited on or after this day only; absent: from the first") LocalDate from,
        @Schema(description = "Reports audited on or before this day only; absent: to the last") LocalDate to,
        @Schema(description = "Published reports counted", example = "12") int reports,
        @Schema(description = "Each provider, setting or service, worst latest rating first") List<ProviderLine> providers,
        @Schema(description = "Per kind, reports by rating (every kind and rating listed, zeros included)")
        Map<QaKind, Map<QaRating, Integer>> byKind) {

    @Schema(name = "QaProviderSummary")
    public record ProviderLine(@Schema(example = "Coventry SEND casework service") String provider,
            QaRating latestRating, @Schema(example = "AMBER") String latestRag, LocalDate latestAuditedOn, QaKind latestKind,
            @Schema(description = "The latest report's id") long latestReport,
            @Schema(example = "3") int reports,
            @Schema(description = "Concerns not yet resolved, across its reports", example = "4") long openConcerns) {
    }

    /** What the summary needs of one published report. */
    public record Finding(long id, QaKind kind, String provider, LocalDate auditedOn, QaRating rating, long openConcerns) {
    }

    public static QaSummary of(List<Finding> findings, LocalDate from, LocalDate to) {
        Map<String, List<Finding>> byProvider = new LinkedHashMap<>();
        Map<QaKind, Map<QaRating, Integer>> byKind = new EnumMap<>(QaKind.class);
        for (QaKind kind : QaKind.values()) {
            Map<QaRating, Integer> counts = new EnumMap<>(QaRating.class);
            for (QaRating rating : QaRating.values()) {
                counts.put(rating, 0);
            }
            byKind.put(kind, counts);
        }
        for (Finding f : findings) {
            byProvider.computeIfAbsent(key(f.provider()), k -> new ArrayList<>()).add(f);
            if (f.rating() != null) {
                byKind.get(f.kind()).merge(f.rating(), 1, Integer::sum);
            }
        }
        Comparator<Finding> newest = Comparator.comparing(Finding::auditedOn).thenComparingLong(Finding::id);
        List<ProviderLine> providers = byProvider.values().stream().map(reports -> {
            Finding latest = reports.stream().max(newest).orElseThrow();
            return new ProviderLine(tidy(latest.provider()), latest.rating(), latest.rating() == null ? null : latest.rating().rag(),
                    latest.auditedOn(), latest.kind(), latest.id(), reports.size(), reports.stream().mapToLong(Finding::openConcerns).sum());
        }).sorted(Comparator.comparingInt((ProviderLine p) -> p.latestRating() == null ? 1 : -p.latestRating().severity())
                .thenComparing(p -> key(p.provider()))).toList();
        return new QaSummary(from, to, findings.size(), providers, byKind);
    }

    /** One provider whatever the case or spacing of its name. */
    static String key(String provider) {
        return tidy(provider).toLowerCase(Locale.ROOT);
    }

    /** A provider's name as stored: no leading or trailing space, single spaces inside. */
    public static String tidy(String provider) {
        return provider == null ? null : provider.strip().replaceAll("\\s+", " ");
    }
}
