package org.sendreform.milestones.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.milestones.milestone.MilestoneStatus;
import org.sendreform.platform.period.Period;

/**
 * How a set of milestones stands: counts by status and by delivery confidence, the share complete, how many
 * slipped, are flagged at risk by a dependency, fall due next quarter, and changed RAG since a date. Plain Java,
 * so the roll-up rules are unit-tested alone.
 */
@Schema(name = "Rollup")
public record Rollup(
        @Schema(example = "28") int total,
        @Schema(description = "Every status, zero included") Map<MilestoneStatus, Integer> byStatus,
        @Schema(description = "GREEN, AMBER, RED, and NONE for no confidence given yet") Map<String, Integer> byRag,
        @Schema(description = "Complete as a share of those not cancelled, 0–100 to one decimal place", example = "25.0") BigDecimal percentComplete,
        int slipped,
        int flaggedAtRisk,
        @Schema(description = "Open milestones due in the next financial quarter") int dueNextQuarter,
        @Schema(description = "Milestones whose RAG changed since the date asked for") int ragChanges) {

    /** What the roll-up needs of one milestone. */
    public record Item(String code, MilestoneStatus status, String rag, boolean slipped, boolean flagged, LocalDate dueDate) {
    }

    public static Rollup of(Collection<Item> items, Period nextQuarter, Set<String> ragChanged) {
        Map<MilestoneStatus, Integer> byStatus = new EnumMap<>(MilestoneStatus.class);
        for (MilestoneStatus s : MilestoneStatus.values()) {
            byStatus.put(s, 0);
        }
        Map<String, Integer> byRag = new LinkedHashMap<>();
        for (String rag : new String[] { "GREEN", "AMBER", "RED", "NONE" }) {
            byRag.put(rag, 0);
        }
        int slipped = 0;
        int flagged = 0;
        int dueNext = 0;
        int changed = 0;
        for (Item i : items) {
            byStatus.merge(i.status(), 1, Integer::sum);
            byRag.merge(i.rag() == null ? "NONE" : i.rag(), 1, Integer::sum);
            slipped += i.slipped() ? 1 : 0;
            flagged += i.flagged() ? 1 : 0;
            boolean open = i.status() == MilestoneStatus.NOT_STARTED || i.status() == MilestoneStatus.IN_PROGRESS;
            dueNext += open && nextQuarter.contains(i.dueDate()) ? 1 : 0;
            changed += ragChanged.contains(i.code()) ? 1 : 0;
        }
        int live = items.size() - byStatus.get(MilestoneStatus.CANCELLED);
        BigDecimal percent = live == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(byStatus.get(MilestoneStatus.COMPLETE) * 100L).divide(BigDecimal.valueOf(live), 1, RoundingMode.HALF_UP);
        return new Rollup(items.size(), byStatus, byRag, percent, slipped, flagged, dueNext, changed);
    }
}
