package org.sendreform.metrics.measure;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.metrics.feed.ValueChange;

/** One change of one value, citing the definition version the value was submitted under. */
@Schema(name = "ValueHistoryEntry")
public record ValueHistoryEntry(
        @Schema(example = "EHCP-20WK") String measureCode,
        @Schema(example = "FY2025-26") String period,
        @Schema(example = "all") String disaggregation,
        @Schema(example = "UPDATED") ValueChange.Change change,
        @Schema(description = "The value after the change (absent when removed)", example = "41.5") BigDecimal value,
        @Schema(description = "The value before the change (absent when created)", example = "40") BigDecimal previousValue,
        BigDecimal numerator,
        BigDecimal denominator,
        @Schema(description = "The definition version the value was submitted under (GET /api/v1/measures/{code}/definitions); "
                + "for a removal, the removed value's", example = "2") int definitionVersion,
        @Schema(description = "The submitter's comment, e.g. the reason for a correction") String comment,
        @Schema(example = "coventry-la-send") String org,
        @Schema(example = "demo-la-send") String changedBy,
        Instant changedAt,
        UUID submissionId) {

    static final String SQL = "select measure_code, period, disaggregation, change, new_value, old_value, numerator, denominator, definition_version, comment, org, "
            + "changed_by, changed_at, submission_id from value_change "
            + "where measure_code = ? and period = ? and disaggregation = ? order by id";

    static ValueHistoryEntry read(ResultSet r) throws SQLException {
        return new ValueHistoryEntry(r.getString(1), r.getString(2), r.getString(3), ValueChange.Change.valueOf(r.getString(4)),
                r.getBigDecimal(5), r.getBigDecimal(6), r.getBigDecimal(7), r.getBigDecimal(8), r.getInt(9), r.getString(10),
                r.getString(11), r.getString(12), r.getTimestamp(13).toInstant(), r.getObject(14, UUID.class));
    }
}
