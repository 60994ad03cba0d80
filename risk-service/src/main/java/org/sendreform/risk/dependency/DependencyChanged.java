package org.sendreform.risk.dependency;

import java.util.List;

/**
 * Event data of org.sendreform.risks.dependency-changed.v1: a programme dependency's status, note or owner changed
 * (one event per new version). {@code risks} are the codes of the risks linked to it, which may need a review when
 * it goes AT_RISK or BLOCKED. Key: the dependency code.
 */
public record DependencyChanged(String code, String title, DependencyStatus status, DependencyStatus previousStatus, String statusNote,
        String owner, List<String> risks, String changedBy, long version) {

    public static final String TYPE = "org.sendreform.risks.dependency-changed.v1";
}
