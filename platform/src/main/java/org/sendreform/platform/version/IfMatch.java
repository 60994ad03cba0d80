package org.sendreform.platform.version;

import jakarta.ws.rs.core.EntityTag;

import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;

/**
 * No lost updates: a change must name the version it was made against. Missing If-Match answers 428; a
 * version that is no longer current answers 412 with the current one, so the client can re-read and retry.
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read (GET the item first); the current version is \"" + currentVersion + "\"");
        }
        EntityTag current = ETags.of(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(current.toString()) || t.equals("W/" + current)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "The item changed since you read it: If-Match " + ifMatch + " but the current version is " + current);
    }
}
