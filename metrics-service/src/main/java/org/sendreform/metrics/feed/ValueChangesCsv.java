package org.sendreform.metrics.feed;

/**
 * The feed's CSV form (RFC 4180, with a header line, CRLF line ends). Each row is rendered by PostgreSQL
 * ({@link #LINE}), so a page is copied from the database to the client without a Java object per row. A text field
 * is quoted when it holds a comma, a quote or a line end, or starts with = + - @; such a start is also prefixed
 * with ' so that a spreadsheet opening the feed never runs the field as a formula.
 */
public final class ValueChangesCsv {

    public static final String HEADER = "measureCode,period,disaggregation,change,value,previousValue,numerator,denominator,"
            + "comment,org,changedBy,changedAt,submissionId";

    /** One row of {@code value_change} as a CSV line, its CRLF included. */
    static final String LINE = String.join(" || ',' || ", text("measure_code"), text("period"), text("disaggregation"),
            "change", number("new_value"), number("old_value"), number("numerator"), number("denominator"), text("comment"),
            text("org"), text("changed_by"), ValueChange.CHANGED_AT_TEXT, "coalesce(submission_id::text, '')") + " || E'\\r\\n'";

    private ValueChangesCsv() {
    }

    private static String text(String column) {
        String quoted = "'\"' || replace(" + column + ", '\"', '\"\"') || '\"'";
        return "(case when " + column + " is null then ''"
                + " when left(" + column + ", 1) in ('=', '+', '-', '@') then '\"''' || replace(" + column + ", '\"', '\"\"') || '\"'"
                + " when strpos(" + column + ", ',') > 0 or strpos(" + column + ", '\"') > 0 or strpos(" + column + ", chr(10)) > 0"
                + " or strpos(" + column + ", chr(13)) > 0 then " + quoted + " else " + column + " end)";
    }

    private static String number(String column) {
        return "coalesce(" + column + "::text, '')";
    }
}
