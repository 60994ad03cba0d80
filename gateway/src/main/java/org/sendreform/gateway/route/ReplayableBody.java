package org.sendreform.gateway.route;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;

import org.sendreform.gateway.limit.WatchedBody;

/**
 * A request body on its way to a service, watched so that the request can be sent once more if the service's
 * connection closes before it answers: it counts the bytes passed on and, for a request that is safe to repeat, keeps
 * them (up to {@code keep} bytes) to send again. It streams as before; only a kept body is held in memory.
 */
final class ReplayableBody extends WatchedBody {

    private final long length;
    private final long keep;
    private Buffer kept;
    private long passed;
    private boolean ended;
    private boolean failed;

    /** {@code keep}: how many bytes of the body to keep for a second sending; 0 keeps none (it is only counted). */
    ReplayableBody(ReadStream<Buffer> source, long length, long keep) {
        super(source);
        this.length = length;
        this.keep = keep;
        this.kept = keep > 0 ? Buffer.buffer() : null;
    }

    /** True while no byte of the body has been passed on to the service. */
    boolean noneSent() {
        return passed == 0;
    }

    /**
     * Sets the body the request is sent with a second time and answers true; false when it cannot be sent again (the
     * caller's stream failed, or bytes were sent that were not kept or the rest has not arrived yet).
     */
    boolean replayInto(ProxyRequest request) {
        if (failed) {
            return false;
        }
        if (passed == 0) {
            request.setBody(ended ? null : Body.body(this, length)); // nothing went out: the same stream, from its start
            return true;
        }
        if (ended && kept != null && kept.length() == passed) {
            request.setBody(Body.body(kept.copy()));
            return true;
        }
        return false;
    }

    @Override
    protected boolean passes(Buffer chunk) {
        passed += chunk.length();
        if (kept != null) {
            kept = kept.length() + chunk.length() <= keep ? kept.appendBuffer(chunk) : null;
        }
        return true;
    }

    @Override
    protected void ended() {
        ended = true;
    }

    @Override
    protected void failed(Throwable failure) {
        failed = true;
    }
}
