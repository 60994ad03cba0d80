package org.sendreform.metrics.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.sendreform.metrics.spend.GrantConditionStatusChanged;
import org.sendreform.metrics.submission.ValuesSubmitted;
import org.sendreform.metrics.trajectory.MeasureStatusChanged;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The examples in docs/events, which consumers test against, are exactly what this producer writes. */
class EventExamplesTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN); // as the platform's mapper

    static void sameShape(String example, Class<?> type) throws Exception {
        JsonNode file = JSON.readTree(Files.readString(Path.of("..", "docs", "events", "metrics", example)));
        Object event = JSON.treeToValue(file, type); // fails on a field the producer does not have
        JsonNode written = JSON.readTree(JSON.writeValueAsString(event));
        assertEquals(names(file), names(written), example + " lists other fields than " + type.getSimpleName() + " writes");
        assertEquals(file, written, example + " does not round-trip");
    }

    static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void valuesSubmittedExample() throws Exception {
        sameShape("values-submitted.v1.example.json", ValuesSubmitted.class);
    }

    @Test
    void measureStatusChangedExample() throws Exception {
        sameShape("measure-status-changed.v1.example.json", MeasureStatusChanged.class);
    }

    @Test
    void grantSpendChangedExample() throws Exception {
        sameShape("grant-spend-changed.v1.example.json", org.sendreform.metrics.spend.GrantSpendChanged.class);
    }

    @Test
    void grantConditionStatusChangedExample() throws Exception {
        sameShape("grant-condition-status-changed.v1.example.json", GrantConditionStatusChanged.class);
    }

    @Test
    void measureDefinedExample() throws Exception {
        sameShape("measure-defined.v1.example.json", org.sendreform.metrics.measure.MeasureDefined.class);
        fitsSchema("measure-defined.v1.example.json", "measure-defined.v1.schema.json");
    }

    @Test
    void measureChangedExample() throws Exception {
        sameShape("measure-changed.v1.example.json", org.sendreform.metrics.measure.MeasureChanged.class);
        fitsSchema("measure-changed.v1.example.json", "measure-changed.v1.schema.json");
    }

    /**
     * The example names every field its schema requires and no field a closed schema leaves out, at every level: so the
     * schema, the example and (by {@link #sameShape}) the producer describe the same fields.
     */
    static void fitsSchema(String example, String schema) throws Exception {
        JsonNode data = JSON.readTree(Files.readString(Path.of("..", "docs", "events", "metrics", example)));
        JsonNode rules = JSON.readTree(Files.readString(Path.of("..", "docs", "events", "metrics", schema)));
        java.util.List<String> problems = new java.util.ArrayList<>();
        fields(rules, data, "$", problems);
        assertEquals(java.util.List.of(), problems, example + " does not fit " + schema);
    }

    private static void fields(JsonNode schema, JsonNode value, String at, java.util.List<String> problems) {
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                fields(schema.path("items"), value.get(i), at + "[" + i + "]", problems);
            }
        }
        if (!value.isObject()) {
            return;
        }
        schema.path("required").forEach(r -> {
            if (!value.has(r.asText())) {
                problems.add(at + "." + r.asText() + ": missing");
            }
        });
        boolean closed = schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean();
        value.fieldNames().forEachRemaining(name -> {
            if (schema.path("properties").has(name)) {
                fields(schema.get("properties").get(name), value.get(name), at + "." + name, problems);
            } else if (closed) {
                problems.add(at + "." + name + ": not in the schema");
            }
        });
    }
}
