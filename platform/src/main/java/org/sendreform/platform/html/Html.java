package org.sendreform.platform.html;

/**
 * The one way the services write text into the HTML they render (assurance packs, highlight reports): every
 * value escaped, so a title or note typed by anyone cannot become markup or script in a Board paper.
 */
public final class Html {

    private Html() {
    }

    /** The text, escaped for use in element content and quoted attribute values; null is empty. */
    public static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
