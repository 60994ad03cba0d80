package org.sendreform.metrics.feed;

/**
 * The feed's CSV form (RFC 4180, with a header line, CRLF line ends; written by {@link FeedRows}). A text field is
 * quoted when it holds a comma, a quote or a line end, or starts with = + - @; such a start is also prefixed with '
 * so that a spreadsheet opening the feed never runs the field as a formula.
 */
public final class ValueChangesCsv {

    public static final String HEADER = "measureCode,period,disaggregation,change,value,previousValue,numerator,denominator,"
            + "comment,org,changedBy,changedAt,submissionId";

    private ValueChangesCsv() {
    }

    static boolean formulaStart(byte first) {
        return first == '=' || first == '+' || first == '-' || first == '@';
    }
}
