package org.sendreform.metrics.spend;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A grant year's planned spend: the category rows as stored, the totals computed from them, and beside each
 * total the plan's own stated figure and the difference (computed − stated; the plan's rounded rows do not
 * add up exactly, and nothing is "fixed").
 */
@Schema(name = "SpendPlan")
public record PlanView(@Schema(example = "FY2026-27") String year, @Schema(example = "3000000.00") BigDecimal allocation,
        @Schema(example = "INDICATIVE") String allocationStatus, String allocationSource,
        @Schema(description = "The quarters the plan has amounts for") List<String> quarters, List<CategoryPlan> categories,
        List<Total> quarterTotals, Total total,
        @Schema(description = "Planned amounts by grant-condition bucket (each category split by its plan shares)") List<BucketPlan> conditionBuckets,
        @Schema(description = "Changes with every change of a line; also the ETag") long version) {

    @Schema(name = "SpendPlanCategory")
    public record CategoryPlan(@Schema(example = "WORKFORCE") String code, @Schema(example = "Workforce") String name, String description,
            @Schema(description = "How the category's planned amounts count towards the condition buckets") List<BucketShare> conditionBuckets,
            List<Line> lines, Total total) {
    }

    @Schema(name = "SpendPlanLine")
    public record Line(@Schema(example = "FY2026-27") String year, @Schema(example = "FY2026-27-Q2") String quarter,
            @Schema(example = "WORKFORCE") String category, @Schema(example = "586000.00") BigDecimal amount, String note,
            @Schema(description = "The line's version; its ETag") long version, Instant updatedAt) {
        static Line of(SpendPlanLine l) {
            return new Line(l.year, l.quarter, l.category, l.amount, l.note, l.version, l.updatedAt);
        }
    }

    @Schema(name = "SpendPlanTotal")
    public record Total(@Schema(description = "The quarter, or null for a whole-year total", example = "FY2026-27-Q4") String quarter,
            @Schema(description = "Sum of the stored lines", example = "1501000.00") BigDecimal computed,
            @Schema(description = "The total as the plan states it, when it states one", example = "1502000.00") BigDecimal stated,
            @Schema(description = "computed − stated", example = "-1000.00") BigDecimal difference) {
        static Total of(String quarter, BigDecimal computed, BigDecimal stated) {
            BigDecimal pounds = computed.setScale(2);
            return new Total(quarter, pounds, stated, stated == null ? null : pounds.subtract(stated));
        }
    }

    @Schema(name = "SpendPlanBucketShare")
    public record BucketShare(ConditionBucket bucket, @Schema(example = "50.00") BigDecimal planSharePercent) {
    }

    @Schema(name = "SpendPlanBucket")
    public record BucketPlan(ConditionBucket bucket, @Schema(example = "2403000.00") BigDecimal amount,
            @Schema(description = "Percent of the computed total, 2 decimal places", example = "80.02") BigDecimal sharePercent) {
    }
}
