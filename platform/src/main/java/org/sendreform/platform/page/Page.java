package org.sendreform.platform.page;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * One page of a register. The body carries the items and the total; the {@code Link} header carries
 * first/prev/next/last, built from the request URI so every filter the client used is kept.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final String TOTAL_HEADER = "X-Total-Count";

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), page, size, total);
    }

    public int lastPage() {
        return total == 0 ? 0 : (int) ((total - 1) / size);
    }

    public Response toResponse(UriInfo uri) {
        Response.ResponseBuilder ok = Response.ok(this).header(TOTAL_HEADER, total);
        List<String> links = new ArrayList<>();
        links.add(link(uri, 0, "first"));
        if (page > 0) {
            links.add(link(uri, Math.min(page - 1, lastPage()), "prev"));
        }
        if (page < lastPage()) {
            links.add(link(uri, page + 1, "next"));
        }
        links.add(link(uri, lastPage(), "last"));
        return ok.header("Link", String.join(", ", links)).build();
    }

    private String link(UriInfo uri, int target, String rel) {
        URI u = uri.getRequestUriBuilder()
                .replaceQueryParam("page", target)
                .replaceQueryParam("size", size)
                .build();
        // relative to the host: behind the gateway the public host differs from ours
        String relative = u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        return "<" + relative + ">; rel=\"" + rel + "\"";
    }
}
