package org.sendreform.metrics.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.sendreform.platform.problem.ProblemException;

/**
 * The feed's opaque cursor: the position after the last change a client has read. Clients store it and
 * send it back; its content ("v1:" and a change-log position) may change with a new version prefix.
 */
public final class FeedCursor {

    private FeedCursor() {
    }

    public static String of(long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("v1:" + position).getBytes(StandardCharsets.US_ASCII));
    }

    /** The position a cursor stands for; no cursor means the beginning. */
    public static long position(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith("v1:")) {
                long position = Long.parseLong(text.substring(3));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw ProblemException.badParameter("since", "is not a cursor this feed gave out; start without one to read from the beginning");
    }
}
