package org.sendreform.metrics.feed;

import java.math.BigDecimal;
import java.util.List;

/** Value changes as RFC 4180 CSV with a header line; text fields are quoted when they need it. */
public final class ValueChangesCsv {

    public static final String HEADER = "measureCode,period,disaggregation,change,value,previousValue,numerator,denominator,"
            + "comment,org,changedBy,changedAt,submissionId";

    private ValueChangesCsv() {
    }

    public static String write(List<ValueChange> changes) {
        StringBuilder out = new StringBuilder(HEADER.length() + changes.size() * 120).append(HEADER).append("\r\n");
        for (ValueChange c : changes) {
            out.append(text(c.measureCode())).append(',').append(text(c.period())).append(',').append(text(c.disaggregation()))
                    .append(',').append(c.change()).append(',').append(number(c.value())).append(',')
                    .append(number(c.previousValue())).append(',').append(number(c.numerator())).append(',')
                    .append(number(c.denominator())).append(',').append(text(c.comment())).append(',').append(text(c.org()))
                    .append(',').append(text(c.changedBy())).append(',').append(c.changedAt()).append(',')
                    .append(c.submissionId() == null ? "" : c.submissionId().toString()).append("\r\n");
        }
        return out.toString();
    }

    private static String number(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    static String text(String s) {
        if (s == null) {
            return "";
        }
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0;
        if (!quote) {
            return s;
        }
        // a leading = + - @ is neutralised so a spreadsheet opening the feed never runs it as a formula
        String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
