package org.sendreform.governance.meeting;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Meeting", description = "A meeting of a body with its agenda and, once held, attendance and minutes")
public record MeetingView(
        long id,
        @Schema(example = "board") String body,
        @Schema(example = "AY2026-27") String academicYear,
        LocalDate scheduledOn,
        MeetingStatus status,
        List<Item> agenda,
        List<Seat> attendance,
        String minutes,
        long version) {

    @Schema(name = "AgendaItem")
    public record Item(int position, AgendaKind kind, String title,
            @Schema(description = "ESCALATION items: the escalation (GET /api/v1/escalations/{id})") Long escalationId,
            @Schema(description = "PAPER items: the paper's reference", example = "Options paper: Woodfield phasing v2") String paperRef) {
    }

    @Schema(name = "Attendee", description = "A seat by role and organisation, never a named person")
    public record Seat(@Schema(example = "PCF representative") String role, @Schema(example = "Coventry Parent Carer Forum") String organisation,
            boolean present) {
    }

    public static MeetingView of(Meeting m) {
        List<Item> agenda = AgendaItem.<AgendaItem>list("meetingId = ?1 order by position", m.id).stream()
                .map(a -> new Item(a.position, a.kind, a.title, a.escalationId, a.paperRef)).toList();
        return new MeetingView(m.id, m.body, m.academicYear, m.scheduledOn, m.status, agenda,
                m.attendance.stream().map(a -> new Seat(a.role, a.organisation, a.present)).toList(), m.minutes, m.version);
    }
}
