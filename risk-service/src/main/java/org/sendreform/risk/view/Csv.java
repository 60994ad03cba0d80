package org.sendreform.risk.view;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field holding a comma, a double quote, CR or LF
 * enclosed in double quotes with its quotes doubled. Guarded against formula injection (OWASP "CSV injection"): a
 * field starting with =, +, -, @, a tab or a carriage return is prefixed with a single quote, so a spreadsheet shows
 * it as text instead of running it as a formula.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    public static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\r') >= 0 || safe.indexOf('\n') >= 0;
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /** One record: the fields, escaped, then CRLF. */
    public static String record(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }
}
