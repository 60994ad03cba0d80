package org.sendreform.governance.pack;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Event data of org.sendreform.governance.pack-issued.v1: the Board assurance pack for a meeting was issued and
 * frozen ({@code version} 1 for the first issue for the meeting). Readers fetch it at /api/v1/packs/{packId}.
 * The key is the pack id.
 */
public record PackIssued(long packId, long meetingId, LocalDate meetingOn, int version, String issuedBy, Instant issuedAt) {

    public static final String TYPE = "org.sendreform.governance.pack-issued.v1";
}
