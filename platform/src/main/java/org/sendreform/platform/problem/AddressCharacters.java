package org.sendreform.platform.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.sendreform.platform.json.StrictJson;

/**
 * Path and query values holding a character no stored text may hold (a NUL, another control character, a bidi
 * control or a lone surrogate; see {@link StrictJson}) name nothing: 400, before any resource looks them up.
 * Looked up as they are, PostgreSQL refuses a NUL with a server error.
 */
public class AddressCharacters {

    @ServerRequestFilter(preMatching = true)
    public void refuseForbiddenCharacters(ContainerRequestContext request) {
        String path;
        try {
            path = request.getUriInfo().getPath();
        } catch (IllegalArgumentException e) {
            return; // not percent-encoding: routing answers it
        }
        int inPath = StrictJson.forbiddenAt(path);
        if (inPath >= 0) {
            throw ProblemException.badParameter("path", "a path segment " + StrictJson.reason(path, inPath));
        }
        Map<String, List<String>> parameters;
        try {
            parameters = request.getUriInfo().getQueryParameters(true);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter("query", "is not valid percent-encoding");
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            int inName = StrictJson.forbiddenAt(parameter.getKey());
            if (inName >= 0) {
                throw ProblemException.badParameter("query", "a parameter name " + StrictJson.reason(parameter.getKey(), inName));
            }
            for (String value : parameter.getValue()) {
                int at = StrictJson.forbiddenAt(value);
                if (at >= 0) {
                    throw ProblemException.badParameter(parameter.getKey(), StrictJson.reason(value, at));
                }
            }
        }
    }
}
