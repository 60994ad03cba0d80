package org.sendreform.milestones.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * RAG changes, read from the audit trail: every recorded change of a milestone whose confidence before and
 * after differ. The history is the one record of what changed, so the tracker and the highlight reports never
 * keep a second copy that could disagree with it.
 */
@ApplicationScoped
public class ConfidenceChanges {

    @Inject
    DataSource dataSource;

    /** Changes in [from, to), oldest first; a null workspace means every workspace. */
    public List<ConfidenceChange> between(Instant from, Instant to, String workspace) {
        String sql = """
                select a.aggregate_id, m.title, m.workspace_code, m.theme_code, a.before ->> 'confidence', a.after ->> 'confidence',
                       a.after ->> 'confidenceNote', a.at, a.actor_name
                from audit_entry a join milestone m on m.code = a.aggregate_id
                where a.aggregate_type = 'milestone' and a.at >= ? and a.at < ?
                  and (a.before ->> 'confidence') is distinct from (a.after ->> 'confidence')
                  and a.before is not null and a.after is not null
                  and (?::text is null or m.workspace_code = ?)
                order by a.at, a.id""";
        List<ConfidenceChange> changes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(from));
            s.setTimestamp(2, Timestamp.from(to));
            s.setString(3, workspace);
            s.setString(4, workspace);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    changes.add(new ConfidenceChange(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getTimestamp(8).toInstant(), r.getString(9)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read confidence changes", e);
        }
        return changes;
    }
}
