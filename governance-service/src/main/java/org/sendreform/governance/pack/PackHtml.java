package org.sendreform.governance.pack;

import java.util.List;
import java.util.Map;

import org.sendreform.platform.html.Html;

/** A readable HTML rendering of a pack, for the Board's papers. Every value is escaped. */
public final class PackHtml {

    private PackHtml() {
    }

    public static String render(PackContent p, int version, String issuedBy, String issuedAt) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Assurance pack: ")
                .append(e(p.body())).append(' ').append(p.meetingOn()).append("</title><style>")
                .append("body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #999;padding:.3em;text-align:left}.RED,.OFF_TRACK{background:#f6c6c6}")
                .append(".AMBER,.AT_RISK{background:#fde2b0}.GREEN,.ON_TRACK{background:#cfe8cf}</style></head><body>\n");
        h.append("<h1>SEND and AP Partnership Board: assurance pack</h1>\n<p>Meeting of ").append(p.meetingOn())
                .append(" (meeting ").append(p.meetingId()).append("), version ").append(version);
        if (issuedBy != null) {
            h.append(", issued by ").append(e(issuedBy)).append(" at ").append(e(issuedAt));
        }
        h.append(". Assembled ").append(p.assembledAt()).append(".</p>\n<p>Freshness: milestones ").append(p.freshness().milestones())
                .append("; risks ").append(p.freshness().risks()).append("; measures ").append(p.freshness().measures()).append(".</p>\n");

        PackContent.Progress g = p.progress();
        h.append("<h2>Progress against milestones</h2>\n<p>").append(g.total()).append(" milestones, ").append(g.percentComplete())
                .append("% complete. By status: ").append(e(String.valueOf(g.byStatus()))).append(". By delivery confidence: ")
                .append(e(String.valueOf(g.byConfidence()))).append(".</p>\n");
        milestones(h, "Slipped", g.slipped());
        milestones(h, "Due next quarter", g.dueNextQuarter());

        h.append("<h2>Headline measures against trajectory</h2>\n<table><tr><th>measure</th><th>disaggregation</th><th>period</th>")
                .append("<th>status</th><th>value</th><th>expected</th></tr>\n");
        for (PackContent.MeasureLine m : p.measures()) {
            h.append("<tr><td>").append(e(m.code())).append("</td><td>").append(e(m.disaggregation())).append("</td><td>")
                    .append(e(m.period())).append("</td><td class=\"").append(e(m.status())).append("\">").append(e(m.status()))
                    .append("</td><td>").append(m.value() == null ? "" : m.value().toPlainString()).append("</td><td>")
                    .append(m.expected() == null ? "" : m.expected().toPlainString()).append("</td></tr>\n");
        }
        h.append("</table>\n");

        PackContent.Risks r = p.risks();
        h.append("<h2>Risks</h2>\n<p>Red residual: ").append(e(String.join(", ", r.redResidual()))).append(". Escalated: ")
                .append(e(String.join(", ", r.escalated()))).append(". Above appetite: ").append(e(String.join(", ", r.aboveAppetite())))
                .append(".</p>\n");
        for (Map.Entry<String, List<PackContent.RiskLine>> body : r.byBody().entrySet()) {
            h.append("<h3>").append(e(body.getKey())).append("</h3>\n<table><tr><th>risk</th><th>title</th><th>status</th>")
                    .append("<th>assessed</th><th>matrix</th><th>residual</th><th>target</th></tr>\n");
            for (PackContent.RiskLine line : body.getValue()) {
                h.append("<tr><td>").append(e(line.code())).append("</td><td>").append(e(line.title())).append("</td><td>")
                        .append(e(line.status())).append(line.acceptedByDecision() == null ? "" : " (decision " + line.acceptedByDecision() + ")")
                        .append("</td><td class=\"").append(e(line.assessedRag())).append("\">").append(e(line.assessedRag()))
                        .append("</td><td>").append(e(line.matrixRag())).append("</td><td class=\"").append(e(line.residualRag()))
                        .append("\">").append(e(line.residualRag())).append("</td><td>").append(e(line.targetRag())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        h.append("<h2>Open escalations</h2>\n<ul>\n");
        for (PackContent.EscalationLine x : p.escalations()) {
            h.append("<li>").append(x.id()).append(": ").append(e(x.title())).append(" (from ").append(e(x.fromBody())).append(", ")
                    .append(e(x.reason())).append(", open ").append(x.daysOpen()).append(" days)</li>\n");
        }
        h.append("</ul>\n<h2>Decisions since the last meeting</h2>\n<ul>\n");
        for (PackContent.DecisionLine d : p.decisions()) {
            h.append("<li>").append(d.decidedOn()).append(' ').append(e(d.body())).append(' ').append(e(d.type())).append(": ")
                    .append(e(d.statement())).append("</li>\n");
        }
        h.append("</ul>\n");
        // packs issued before these sections existed do not have them: they render as they were
        if (p.actions() != null) {
            h.append("<h2>Open actions</h2>\n<table><tr><th>action</th><th>owner</th><th>due</th><th>status</th><th>from</th></tr>\n");
            for (PackContent.ActionLine a : p.actions()) {
                h.append("<tr><td>").append(e(a.text())).append("</td><td>").append(e(a.owner())).append("</td><td")
                        .append(a.overdue() ? " class=\"RED\">" : ">").append(a.dueOn()).append(a.overdue() ? " (overdue)" : "")
                        .append("</td><td>").append(e(a.status())).append("</td><td>")
                        .append(a.meetingId() == null ? "" : "meeting " + a.meetingId())
                        .append(a.meetingId() != null && a.decisionId() != null ? ", " : "")
                        .append(a.decisionId() == null ? "" : "decision " + a.decisionId()).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (p.weSaidWeDid() != null) {
            h.append("<h2>We said, we did</h2>\n<table><tr><th>who</th><th>theme</th><th>we said</th><th>we did</th><th>status</th></tr>\n");
            for (PackContent.WeSaidLine w : p.weSaidWeDid()) {
                h.append("<tr><td>").append(e(w.source())).append(' ').append(w.saidOn()).append("</td><td>").append(e(w.theme()))
                        .append("</td><td>").append(e(w.weSaid())).append("</td><td>").append(e(w.weDid())).append("</td><td>")
                        .append(e(w.status())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (p.qaReports() != null) {
            h.append("<h2>Quality assurance reports</h2>\n<table><tr><th>report</th><th>kind</th><th>provider or setting</th>")
                    .append("<th>audited</th><th>rating</th><th>cases</th><th>findings and concerns</th><th>open concerns</th></tr>\n");
            for (PackContent.QaReportLine q : p.qaReports()) {
                h.append("<tr><td>").append(q.id()).append("</td><td>").append(e(q.kind())).append("</td><td>").append(e(q.provider()))
                        .append("</td><td>").append(q.auditedOn()).append("</td><td class=\"").append(e(q.rag())).append("\">")
                        .append(e(q.rating())).append("</td><td>").append(q.sampleSize() == null ? "" : q.sampleSize()).append("</td><td>")
                        .append(e(q.findings()));
                if (!q.concerns().isEmpty()) {
                    h.append("<ul>");
                    q.concerns().forEach(c -> h.append("<li>").append(e(c)).append("</li>"));
                    h.append("</ul>");
                }
                if (q.actionPlan() != null) {
                    h.append("<p>Action plan: ").append(e(q.actionPlan())).append("</p>");
                }
                h.append("</td><td>").append(q.openConcerns()).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static void milestones(StringBuilder h, String title, List<PackContent.MilestoneLine> lines) {
        h.append("<h3>").append(title).append(" (").append(lines.size()).append(")</h3>\n<table><tr><th>milestone</th><th>title</th>")
                .append("<th>workspace</th><th>due</th><th>forecast</th><th>confidence</th><th>days slipped</th></tr>\n");
        for (PackContent.MilestoneLine m : lines) {
            h.append("<tr><td>").append(e(m.code())).append("</td><td>").append(e(m.title())).append("</td><td>").append(e(m.workspace()))
                    .append("</td><td>").append(m.dueDate()).append("</td><td>").append(m.forecastDate() == null ? "" : m.forecastDate())
                    .append("</td><td class=\"").append(e(m.confidence())).append("\">").append(e(m.confidence())).append("</td><td>")
                    .append(m.slippageDays()).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    static String e(String s) {
        return Html.escape(s);
    }
}
