package org.sendreform.platform.access;

import java.util.Objects;
import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;

/**
 * A workspace lead acts only within their workspace (token claim {@code workspace}); holders of a wider role
 * given in {@code widerRoles} act anywhere. One rule for every service's writes.
 */
public final class WorkspaceScope {

    public static final String ROLE = "workspace-lead";
    public static final String CLAIM = "workspace";

    private WorkspaceScope() {
    }

    /** Answers 403 when the caller's only licence is a workspace lead's and the item belongs to another workspace. */
    public static void require(SecurityIdentity identity, JsonWebToken token, Set<String> widerRoles, String itemWorkspace,
            String what) {
        boolean onlyLead = identity.getRoles().contains(ROLE) && identity.getRoles().stream().noneMatch(widerRoles::contains);
        if (onlyLead && !Objects.equals(token.getClaim(CLAIM), itemWorkspace)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "A workspace lead may change only their own workspace's " + what);
        }
    }
}
