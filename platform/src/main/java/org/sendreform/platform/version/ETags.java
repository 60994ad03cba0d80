package org.sendreform.platform.version;

import java.util.function.Supplier;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/** One item's answer with its version as the ETag, or 304 when the client's If-None-Match still holds. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static Response ok(Request request, long version, Supplier<Object> body) {
        EntityTag tag = of(version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified != null ? notModified.build() : Response.ok(body.get()).tag(tag).build();
    }
}
