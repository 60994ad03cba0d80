package org.sendreform.metrics.measure;

/** Event data of org.sendreform.metrics.measure-defined.v1: a measure was added to the catalogue, as it now stands. */
public record MeasureDefined(MeasureView measure, String definedBy) {

    public static final String TYPE = "org.sendreform.metrics.measure-defined.v1";
}
