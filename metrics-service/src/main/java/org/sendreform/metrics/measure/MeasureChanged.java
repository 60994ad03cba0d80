package org.sendreform.metrics.measure;

import java.util.List;

/**
 * Event data of org.sendreform.metrics.measure-changed.v1: a new version of a measure, whole, with the fields the
 * change touched. {@code definitionChanged} says whether it is a new definition version (then {@code reason} says
 * why); a change of targets, owners or wording keeps the definition version.
 */
public record MeasureChanged(MeasureView measure, int definitionVersion, boolean definitionChanged, List<String> changedFields,
        String reason, String changedBy) {

    public static final String TYPE = "org.sendreform.metrics.measure-changed.v1";
}
