package org.sendreform.milestones.progress;

import static org.sendreform.platform.html.Html.escape;

import java.util.List;

/** A highlight report as a readable page for the RDG's papers. Every value is escaped. */
final class HighlightReportHtml {

    private HighlightReportHtml() {
    }

    static String render(HighlightReport r) {
        StringBuilder h = new StringBuilder(8_192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Highlight report: ").append(escape(r.workspaceName()))
                .append(' ').append(escape(r.period())).append("</title><style>")
                .append("body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #999;padding:.3em;text-align:left}.RED{background:#f6c6c6}.AMBER{background:#fde2b0}")
                .append(".GREEN{background:#cfe8cf}</style></head><body>\n");
        h.append("<h1>Highlight report: ").append(escape(r.workspaceName())).append("</h1>\n<p>").append(escape(r.period())).append(" (")
                .append(r.periodStart()).append(" to ").append(r.periodEnd()).append("), as of ").append(r.asOf())
                .append(". Responsible: ").append(escape(r.responsible())).append(".</p>\n");
        Rollup s = r.summary();
        h.append("<p>").append(s.total()).append(" milestones, ").append(s.percentComplete()).append("% complete; ").append(s.slipped())
                .append(" slipped; ").append(s.flaggedAtRisk()).append(" at risk from a dependency. By status: ")
                .append(escape(s.byStatus())).append(". By RAG: ").append(escape(s.byRag())).append(".</p>\n");
        lines(h, "Completed in the period", r.completed());
        lines(h, "Slipped", r.slipped());
        lines(h, "At risk from a dependency", r.atRisk());
        lines(h, "Coming up next quarter", r.upcoming());
        h.append("<h2>Confidence changes</h2>\n");
        if (r.confidenceChanges().isEmpty()) {
            h.append("<p>None.</p>\n");
        } else {
            h.append("<table><tr><th>milestone</th><th>from</th><th>to</th><th>why</th><th>when</th><th>by</th></tr>\n");
            for (ConfidenceChange c : r.confidenceChanges()) {
                h.append("<tr><td>").append(escape(c.code())).append(' ').append(escape(c.title())).append("</td><td class=\"")
                        .append(escape(c.from())).append("\">").append(escape(c.from())).append("</td><td class=\"").append(escape(c.to()))
                        .append("\">").append(escape(c.to())).append("</td><td>").append(escape(c.note())).append("</td><td>")
                        .append(c.at()).append("</td><td>").append(escape(c.by())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static void lines(StringBuilder h, String heading, List<HighlightReport.Line> lines) {
        h.append("<h2>").append(escape(heading)).append("</h2>\n");
        if (lines.isEmpty()) {
            h.append("<p>None.</p>\n");
            return;
        }
        h.append("<table><tr><th>milestone</th><th>due</th><th>forecast</th><th>completed</th><th>status</th><th>RAG</th>")
                .append("<th>days slipped</th><th>note</th></tr>\n");
        for (HighlightReport.Line l : lines) {
            String rag = l.confidence() == null ? "" : l.confidence().name();
            h.append("<tr><td>").append(escape(l.code())).append(' ').append(escape(l.title())).append("</td><td>").append(escape(l.dueDate()))
                    .append("</td><td>").append(escape(l.forecastDate())).append("</td><td>").append(escape(l.completedOn()))
                    .append("</td><td>").append(escape(l.status())).append("</td><td class=\"").append(rag).append("\">").append(rag)
                    .append("</td><td>").append(l.slippageDays()).append("</td><td>")
                    .append(escape(l.dependencyRisk() != null ? l.dependencyRisk() : l.confidenceNote())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }
}
