package org.sendreform.governance.meeting;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the meeting operations. */
public final class MeetingRequests {

    private MeetingRequests() {
    }

    @Schema(name = "ScheduleRequest", description = "Generate a body's meetings for an academic year from its cadence")
    public record ScheduleRequest(
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
            @Schema(required = true, example = "rdg") String body,
            @NotBlank(message = "is required") @Schema(required = true, example = "AY2027-28") String academicYear) {
    }

    @Schema(name = "MeetingChange", description = "Fields to change; absent fields stay as they are")
    public record MeetingChange(
            @Schema(description = "Move a scheduled meeting") LocalDate scheduledOn,
            @Schema(description = "HELD (on or after its date) or CANCELLED") MeetingStatus status,
            @Size(max = 20000, message = "must be at most 20000 characters") @Schema(description = "Held meetings only") String minutes,
            @Size(max = 100, message = "must list at most 100 seats")
            @Schema(description = "Held meetings only: who attended, by role") List<@Valid @NotNull(message = "must not be null") Attendee> attendance) {
    }

    @Schema(name = "AttendeeRequest")
    public record Attendee(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String role,
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String organisation,
            @NotNull(message = "is required") Boolean present) {
    }

    @Schema(name = "AgendaItemRequest", description = "A paper or another item for a scheduled meeting's agenda")
    public record AgendaItemRequest(
            @NotNull(message = "is required") @Schema(required = true, description = "PAPER or ITEM") AgendaKind kind,
            @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
            @Schema(required = true, example = "Deep-dive: part-time timetables audit") String title,
            @Size(max = 500, message = "must be at most 500 characters")
            @Schema(example = "QA/2026/11 deep-dive report") String paperRef) {
    }
}
