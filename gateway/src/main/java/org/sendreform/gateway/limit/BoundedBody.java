package org.sendreform.gateway.limit;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body stream that fails once more than {@code max} bytes have passed, so a chunked upload with no
 * Content-Length cannot exceed the gateway's body limit either. The body still streams; nothing is buffered.
 */
public final class BoundedBody implements ReadStream<Buffer> {

    /** Raised into the stream when the limit is passed; the proxy answers 413 when it sees it. */
    public static final class TooLarge extends RuntimeException {
        public TooLarge(long max) {
            super("request body is larger than " + max + " bytes", null, false, false);
        }
    }

    private final ReadStream<Buffer> source;
    private final long max;
    private long seen;
    private boolean failed;
    private Handler<Throwable> exceptionHandler;
    private Handler<Void> endHandler;

    public BoundedBody(ReadStream<Buffer> source, long max) {
        this.source = source;
        this.max = max;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            if (failed) {
                return;
            }
            seen += chunk.length();
            if (seen > max) {
                failed = true;
                source.pause();
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new TooLarge(max));
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        if (!failed) {
            source.resume();
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        if (!failed) {
            source.fetch(amount);
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        this.endHandler = handler;
        source.endHandler(v -> {
            if (!failed && endHandler != null) {
                endHandler.handle(v);
            }
        });
        return this;
    }

    public boolean exceeded() {
        return failed;
    }
}
