package org.sendreform.metrics.submission;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sendreform.platform.json.StrictJson;
import org.sendreform.platform.problem.ProblemException;

/**
 * Reads a {@code text/csv} submission (RFC 4180: comma separated, double-quoted fields may hold commas,
 * quotes and line breaks). The first line names the columns: measureCode, period, disaggregation, value,
 * numerator, denominator, comment (measureCode and period required, any order). Data rows are numbered
 * from 1; a row whose numbers do not read is kept as a rejection, so one bad cell never hides the rest.
 */
public final class CsvValues {

    public static final List<String> COLUMNS = List.of("measurecode", "period", "disaggregation", "value", "numerator",
            "denominator", "comment");

    /** The column names as the API spells them, for rejections. */
    private static final Map<String, String> CANONICAL = Map.of("measurecode", "measureCode", "period", "period",
            "disaggregation", "disaggregation", "value", "value", "numerator", "numerator", "denominator", "denominator",
            "comment", "comment");

    public record Parsed(List<ValueRow> rows, Map<Integer, Rejection> unreadable) {
    }

    private CsvValues() {
    }

    /**
     * The body as UTF-8 text. Bytes that are not UTF-8 are refused (400) rather than stored as replacement characters,
     * so a value never differs from what the partner sent.
     */
    public static String text(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badParameter("body", "is not valid UTF-8 text");
        }
    }

    public static Parsed parse(String text) {
        return parse(text, null);
    }

    /**
     * As {@link #parse(String)}; with {@code impliedMeasureCode} (a load for one measure, e.g. comparator figures)
     * the header may leave measureCode out and every row is of that measure.
     */
    public static Parsed parse(String text, String impliedMeasureCode) {
        List<List<String>> records = records(text);
        if (records.isEmpty()) {
            throw ProblemException.badParameter("body", "the CSV has no header line");
        }
        List<String> header = records.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                throw ProblemException.badParameter("body", "unknown CSV column '" + column + "'; columns are measureCode, "
                        + "period, disaggregation, value, numerator, denominator, comment");
            }
        }
        if (!header.contains("measurecode") && impliedMeasureCode == null || !header.contains("period")) {
            throw ProblemException.badParameter("body", "the CSV header must name measureCode and period");
        }
        List<ValueRow> rows = new ArrayList<>();
        Map<Integer, Rejection> unreadable = new HashMap<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            int number = r;
            if (cells.size() != header.size()) {
                rows.add(null);
                unreadable.put(number, new Rejection(number, "row", "has " + cells.size() + " fields; the header has " + header.size()));
                continue;
            }
            Map<String, String> byName = new HashMap<>();
            String forbidden = null;
            for (int c = 0; c < header.size(); c++) {
                String cell = cells.get(c).trim();
                int at = StrictJson.forbiddenAt(cell);
                if (at >= 0 && forbidden == null) {
                    forbidden = header.get(c);
                    unreadable.put(number, new Rejection(number, CANONICAL.get(header.get(c)), StrictJson.reason(cell, at)));
                }
                byName.put(header.get(c), cell.isEmpty() ? null : cell);
            }
            if (forbidden != null) {
                rows.add(null);
                continue;
            }
            try {
                rows.add(new ValueRow(byName.getOrDefault("measurecode", impliedMeasureCode), byName.get("period"), byName.get("disaggregation"),
                        number("value", byName.get("value")), number("numerator", byName.get("numerator")),
                        number("denominator", byName.get("denominator")), byName.get("comment")));
            } catch (UnreadableNumber e) {
                rows.add(null);
                unreadable.put(number, new Rejection(number, e.field, "'" + e.text + "' is not a number"));
            }
        }
        return new Parsed(rows, unreadable);
    }

    private static final class UnreadableNumber extends RuntimeException {
        final String field;
        final String text;

        UnreadableNumber(String field, String text) {
            super(null, null, false, false);
            this.field = field;
            this.text = text;
        }
    }

    private static BigDecimal number(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new UnreadableNumber(field, text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }
    }

    /** Splits RFC 4180 text into records of fields; blank lines are skipped. */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        int n = text.length();
        if (n > 0 && text.charAt(0) == '\uFEFF') {
            i = 1; // byte order mark from spreadsheet exports
        }
        for (; i < n; i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                    records.add(fields);
                }
                fields = new ArrayList<>();
            } else {
                field.append(ch);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw ProblemException.badParameter("body", "the CSV ends inside a quoted field");
        }
        if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
