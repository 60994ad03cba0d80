package org.sendreform.metrics.feed;

/** The feed's CSV form (RFC 4180, with a header line): text fields are quoted when they need it. */
public final class ValueChangesCsv {

    public static final String HEADER = "measureCode,period,disaggregation,change,value,previousValue,numerator,denominator,"
            + "comment,org,changedBy,changedAt,submissionId";

    private ValueChangesCsv() {
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
