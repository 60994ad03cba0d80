package org.sendreform.platform.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.sendreform.platform.problem.ProblemException;

/**
 * Text bodies (JSON, CSV, any text/*) must be well-formed UTF-8 (RFC 3629): Jackson decodes some malformed
 * sequences, such as the overlong E0 80 AF for '/', as if they were characters, so bytes a client never meant
 * as text could be stored. The body's bytes are checked as they stream to the reader, with no copy, and the
 * first malformed byte ends the request with 400.
 */
@Provider
public class StrictUtf8 implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && (type.getSubtype().endsWith("json") || "text".equals(type.getType()))) {
            context.setInputStream(new Checked(context.getInputStream()));
        }
        return context.proceed();
    }

    /** Passes the bytes on, refusing the first one that cannot belong to well-formed UTF-8. */
    static final class Checked extends FilterInputStream {

        private int pending; // continuation bytes still expected
        private int low = 0x80; // the range the next continuation byte must fall in
        private int high = 0xBF;
        private long offset;

        Checked(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                check(b);
            } else {
                end();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int from, int length) throws IOException {
            int n = super.read(buffer, from, length);
            if (n < 0) {
                end();
            }
            for (int i = 0; i < n; i++) {
                check(buffer[from + i] & 0xFF);
            }
            return n;
        }

        private void check(int b) {
            if (pending > 0) {
                if (b < low || b > high) {
                    refuse();
                }
                low = 0x80;
                high = 0xBF;
                pending--;
            } else if (b >= 0x80) {
                // the lead byte fixes the length and, for E0, ED, F0 and F4, the range of the next byte (no overlong
                // forms, no surrogates, nothing above U+10FFFF)
                if (b >= 0xC2 && b <= 0xDF) {
                    pending = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    pending = 2;
                    low = b == 0xE0 ? 0xA0 : 0x80;
                    high = b == 0xED ? 0x9F : 0xBF;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    pending = 3;
                    low = b == 0xF0 ? 0x90 : 0x80;
                    high = b == 0xF4 ? 0x8F : 0xBF;
                } else {
                    refuse();
                }
            }
            offset++;
        }

        private void end() {
            if (pending > 0) {
                refuse();
            }
        }

        private void refuse() {
            throw ProblemException.badParameter("body", "is not well-formed UTF-8 (byte " + offset + ")");
        }
    }
}
