package org.sendreform.governance.wesaid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the public sees of a published item: no internal notes, no names of who wrote or changed it. */
@Schema(name = "PublishedWeSaid", description = "A published \"we said / we did\" item, as families and the public see it")
public record PublishedWeSaid(
        @Schema(example = "7") long id,
        VoiceSource source,
        @Schema(example = "Communication about EHCP timescales") String theme,
        LocalDate saidOn,
        @Schema(example = "Families told us they do not know where their child's EHCP assessment has got to.") String weSaid,
        @Schema(example = "We now write to families at weeks 6, 12 and 16 of every assessment.") String weDid,
        WeSaidStatus status,
        @Schema(description = "Ids of the partnership's decisions it led to") List<Long> decisions,
        @Schema(description = "Codes of the reform plan's milestones it bears on") List<String> milestones,
        Instant publishedAt) {

    public static PublishedWeSaid of(WeSaid w) {
        return new PublishedWeSaid(w.id, w.source, w.theme, w.saidOn, w.weSaid, w.weDid, w.status, w.decisions.stream().sorted().toList(),
                w.milestones.stream().sorted().toList(), w.publishedAt);
    }
}
