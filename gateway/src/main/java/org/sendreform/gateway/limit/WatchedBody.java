package org.sendreform.gateway.limit;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body passed on as it streams, with a look at each chunk, its end and its failure on the way; a subclass
 * may stop it. Nothing is buffered here.
 */
public abstract class WatchedBody implements ReadStream<Buffer> {

    private final ReadStream<Buffer> source;
    private Handler<Throwable> exceptionHandler;
    private boolean stopped;

    protected WatchedBody(ReadStream<Buffer> source) {
        this.source = source;
    }

    /** Sees each chunk before it is passed on; false keeps it back. */
    protected abstract boolean passes(Buffer chunk);

    /** Sees the end of the body, before it is passed on (never after {@link #stop}). */
    protected void ended() {
    }

    /** Sees a failure of the stream, before it is passed on. */
    protected void failed(Throwable failure) {
    }

    /** Stops the body for good: the source is paused and {@code failure} is raised into the stream. */
    protected final void stop(Throwable failure) {
        stopped = true;
        source.pause();
        if (exceptionHandler != null) {
            exceptionHandler.handle(failure);
        }
    }

    protected final boolean stopped() {
        return stopped;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        source.handler(handler == null ? null : chunk -> {
            if (!stopped && passes(chunk)) {
                handler.handle(chunk);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        source.exceptionHandler(handler == null ? null : failure -> {
            failed(failure);
            handler.handle(failure);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        source.endHandler(handler == null ? null : v -> {
            if (!stopped) {
                ended();
                handler.handle(v);
            }
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
        if (!stopped) {
            source.resume();
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        if (!stopped) {
            source.fetch(amount);
        }
        return this;
    }
}
