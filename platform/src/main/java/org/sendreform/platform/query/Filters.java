package org.sendreform.platform.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the where clause of a register's list query from optional filters: each filter given adds a
 * condition, absent ones add nothing, and all combine with AND. Values always travel as parameters.
 */
public final class Filters {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** {@code field = value} when value is not null; the parameter is named after the field. */
    public Filters equal(String field, Object value) {
        if (value != null) {
            String name = name(field);
            conditions.add(field + " = :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /** A condition of your own with one named parameter, when value is not null. */
    public Filters where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    public String query() {
        return String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    private static String name(String field) {
        return field.replaceAll("[^A-Za-z0-9]", "_");
    }
}
