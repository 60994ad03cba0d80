package org.sendreform.governance.wesaid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WeSaid", description = "A \"we said / we did\" item with its internal fields (notes, who wrote it)")
public record WeSaidView(
        @Schema(example = "7") long id,
        VoiceSource source,
        @Schema(example = "Communication about EHCP timescales") String theme,
        LocalDate saidOn,
        String weSaid,
        String weDid,
        WeSaidStatus status,
        List<Long> decisions,
        List<String> milestones,
        boolean published,
        @Schema(description = "When it was last published; absent while unpublished") Instant publishedAt,
        @Schema(description = "Internal: never shown publicly") String notes,
        @Schema(example = "programme.manager") String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        long version) {

    public static WeSaidView of(WeSaid w) {
        return new WeSaidView(w.id, w.source, w.theme, w.saidOn, w.weSaid, w.weDid, w.status, w.decisions.stream().sorted().toList(),
                w.milestones.stream().sorted().toList(), w.published, w.publishedAt, w.notes, w.createdBy, w.createdAt, w.updatedBy,
                w.updatedAt, w.version);
    }
}
