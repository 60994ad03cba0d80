package org.sendreform.risk.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks event data against its JSON Schema in docs/events/risks, for the keywords those schemas use: type (one or a
 * list, null included), enum, required, additionalProperties false, properties, array items and the uuid/date formats.
 * Small on purpose: no schema library is on the build, and the schemas stay within this subset.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventSchemas() {
    }

    /** The problems found (empty when the data fits), e.g. "version: missing". */
    public static List<String> problems(String schemaFile, JsonNode data) {
        try {
            JsonNode schema = JSON.readTree(Files.readString(Path.of("..", "docs", "events", "risks", schemaFile)));
            List<String> problems = new ArrayList<>();
            check(schema, data, "$", problems);
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> problems(String schemaFile, String data) {
        try {
            return problems(schemaFile, JSON.readTree(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode option : schema.get("enum")) {
                listed |= option.equals(value) || (option.isNull() && value.isNull());
            }
            if (!listed) {
                problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("type")) {
            List<String> types = new ArrayList<>();
            schema.get("type").forEach(t -> types.add(t.asText()));
            if (schema.get("type").isTextual()) {
                types.add(schema.get("type").asText());
            }
            if (types.stream().noneMatch(t -> is(t, value))) {
                problems.add(at + ": " + value + " is not " + types);
                return;
            }
        }
        if (value.isTextual() && schema.has("format")) {
            String f = schema.get("format").asText();
            try {
                switch (f) {
                    case "uuid" -> java.util.UUID.fromString(value.asText());
                    case "date" -> java.time.LocalDate.parse(value.asText());
                    case "date-time" -> java.time.OffsetDateTime.parse(value.asText());
                    default -> {
                    }
                }
            } catch (RuntimeException e) {
                problems.add(at + ": " + value + " is not a " + f);
            }
        }
        if (value.isObject()) {
            schema.path("required").forEach(r -> {
                if (!value.has(r.asText())) {
                    problems.add(at + "." + r.asText() + ": missing");
                }
            });
            JsonNode properties = schema.path("properties");
            for (Iterator<String> names = value.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (properties.has(name)) {
                    check(properties.get(name), value.get(name), at + "." + name, problems);
                } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                    problems.add(at + "." + name + ": not in the schema");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), at + "[" + i + "]", problems);
            }
        }
    }

    private static boolean is(String type, JsonNode v) {
        return switch (type) {
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "array" -> v.isArray();
            case "object" -> v.isObject();
            case "null" -> v.isNull();
            default -> false;
        };
    }
}
