package org.sendreform.metrics.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** Reads the change log: one query shape for a value's history. */
public final class ValueChanges {

    private ValueChanges() {
    }

    public static List<ValueChange> of(DataSource dataSource, String where, Object... parameters) {
        List<ValueChange> changes = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select " + ValueChange.COLUMNS + " from value_change where " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    changes.add(ValueChange.read(r));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return changes;
    }
}
