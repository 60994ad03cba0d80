package org.sendreform.gateway.limit;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body stream that fails once more than {@code max} bytes have passed, so a chunked upload with no
 * Content-Length cannot exceed the gateway's body limit either. The body still streams; nothing is buffered.
 */
public final class BoundedBody extends WatchedBody {

    /** Raised into the stream when the limit is passed; the proxy answers 413 when it sees it. */
    public static final class TooLarge extends RuntimeException {
        public TooLarge(long max) {
            super("request body is larger than " + max + " bytes", null, false, false);
        }
    }

    private final long max;
    private long seen;

    public BoundedBody(ReadStream<Buffer> source, long max) {
        super(source);
        this.max = max;
    }

    @Override
    protected boolean passes(Buffer chunk) {
        seen += chunk.length();
        if (seen > max) {
            stop(new TooLarge(max));
            return false;
        }
        return true;
    }

    public boolean exceeded() {
        return stopped();
    }
}
