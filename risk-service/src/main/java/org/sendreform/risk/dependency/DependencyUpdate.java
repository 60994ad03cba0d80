package org.sendreform.risk.dependency;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.sendreform.platform.patch.MergePatch;

/**
 * Applies a JSON merge patch to a dependency: status, statusNote, owner. The plan's wording and the links are refused
 * (422 naming the field). A note explains the status it was given with: when the status changes and the patch sends
 * no note, the old note goes; AT_RISK and BLOCKED need one. All problems are reported at once; nothing changes unless
 * all is well.
 */
final class DependencyUpdate {

    static final Set<String> WRITABLE = Set.of("status", "statusNote", "owner");
    static final Map<String, String> SET_ELSEWHERE = Map.of(
            "code", "is the dependency's identity",
            "title", "is the plan's wording; it changes with a new version of the plan",
            "description", "is the plan's wording; it changes with a new version of the plan",
            "risks", "follow the risks' own links (PATCH /api/v1/risks/{code} with dependencies)",
            "version", "is set by the platform; send it as If-Match",
            "updatedAt", "is set by the platform");

    private DependencyUpdate() {
    }

    static void apply(Dependency d, JsonNode patch) {
        MergePatch p = MergePatch.of(patch, WRITABLE, SET_ELSEWHERE);
        DependencyStatus status = p.choice("status", d.status, DependencyStatus.class, true);
        if (status != d.status && !status.settable()) {
            p.errors().add("status", "must be ON_TRACK, AT_RISK, BLOCKED or RESOLVED (NOT_ASSESSED is only where a dependency starts)");
        }
        String kept = status != d.status && !p.has("statusNote") ? null : d.statusNote;
        String note = p.text("statusNote", kept, 2000, false);
        String owner = p.text("owner", d.owner, 300, false);
        p.errors().check(!status.needsNote() || note != null, "statusNote",
                "is required when status is " + status + ": say what is wrong and what it holds up");
        p.errors().throwIfAny();
        d.status = status;
        d.statusNote = note;
        d.owner = owner;
    }
}
