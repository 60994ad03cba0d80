package org.sendreform.platform.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.RestAssured;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Hostile and malformed input for every write operation (POST, PUT, PATCH, DELETE) of the OpenAPI document the
 * service serves, so that no operation escapes it (like {@link PermissionMatrix}). Each case starts from the
 * operation's documented example (or a body built from its schema), so most cases get past parsing into validation,
 * and applies one mutation that is invalid by construction: a required field missing or null, a value of the wrong
 * type, an unknown field, text over its maxLength or off its pattern, a value outside its enum, format or range, too
 * many or wrong items, NaN and Infinity, control, bidi and lone-surrogate characters, invalid UTF-8, 10,000 levels of
 * nesting, duplicated keys, broken JSON or CSV, a wrong content type, a hostile path value, If-Match or query value,
 * a body over the configured limit. Injection strings (SQL, script, CSV formula, null bytes) ride along in the
 * invalid values and, as decoration, in the other text fields.
 * <p>
 * Every case is sent with a token of a role the operation allows, and must answer 4xx problem+json with type, title
 * and status; and nothing may be stored: the service's schema (every table's row count and an md5 over its rows, the
 * outbox by event) is the same after an operation's cases as before.
 * <p>
 * Cases come from jqwik generators driven with a fixed seed, one stream per operation. A failure names the seed, the
 * operation and the case number; {@code -Dhostile.seed=S -Dhostile.operation="POST /api/v1/x" -Dhostile.case=N}
 * sends that one case again. {@code -Dhostile.cases=N} sets the number of generated cases per operation.
 */
public abstract class HostileInputs {

    public static final long DEFAULT_SEED = 20261201L;
    static final long SEED = Long.getLong("hostile.seed", DEFAULT_SEED);
    static final int CASES = Integer.getInteger("hostile.cases", 250);
    static final String ONLY_OPERATION = System.getProperty("hostile.operation");
    static final Integer ONLY_CASE = Integer.getInteger("hostile.case");

    static final String PROBLEM_JSON = "application/problem+json";
    static final int DEEP = 10_000;
    /** Long, but inside the API's URI limit (4,096 bytes; problem.UriLimit answers 414 above it). */
    static final int LONG_SEGMENT = 3_000;
    static final String DEEP_MARKER = "__nested_arrays_";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bodies are written with every non-ASCII character escaped, so lone surrogates reach the server as \\uD800. */
    private static final ObjectMapper ESCAPED = new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);

    /** Injection payloads: they must never be interpreted, only refused (here they ride in invalid values). */
    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "'; DROP TABLE outbox_event; --", "\" OR 1=1 --", "1; SELECT pg_sleep(5)", "') UNION SELECT * FROM pg_user --",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "{{7*7}}", "${jndi:ldap://x/a}",
            "=HYPERLINK(\"http://x\",\"y\")", "=1+1", "+SUM(A1:A9)", "-2+3", "@SUM(1)", "=cmd|' /C calc'!A0",
            "\u0000", "a\u0000b", "%00", "\\u0000", "../../etc/passwd", "..%2F..%2F", "\r\nX-Injected: 1", "<!--", "]]>",
            "\u202Eevil\u202C", "\u2066x\u2069", "\uFEFF", "\u200B", "\uD800", "\uDFFF", "\uD83D", "\u0007\u0008\u001B[31m",
            "NaN", "Infinity", "-Infinity", "1e999999999", "-0", "0x1F", "null", "undefined", "true", "[]", "{}",
            "ＭＩＬＥＳＴＯＮＥ", "ß", "İ", "😀", "Ω̷̛̳̊", "\u00A0");

    /** Characters a stored text must never hold: C0 controls but tab and line breaks, bidi controls, lone surrogates. */
    static final List<String> FORBIDDEN_CHARACTERS = List.of("\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u000C",
            "\u001B", "\u001F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
            "\uD800", "\uDBFF", "\uDC00", "\uDFFF");

    static final List<byte[]> INVALID_UTF8 = List.of(new byte[] { (byte) 0xFF }, new byte[] { (byte) 0xFE },
            new byte[] { (byte) 0xC3, 0x28 }, new byte[] { (byte) 0x80 }, new byte[] { (byte) 0xC0, (byte) 0xAF },
            new byte[] { (byte) 0xE0, (byte) 0x80, (byte) 0xAF }, new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
            new byte[] { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 }, new byte[] { (byte) 0xE2, (byte) 0x82 },
            new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 });

    record Operation(String method, String template, JsonNode doc, JsonNode spec, Set<String> roles) {

        String name() {
            return method.toUpperCase(Locale.ROOT) + " " + template;
        }
    }

    /** One request; {@code what} says what makes it invalid. */
    record Case(String what, String path, String contentType, byte[] body, Map<String, String> headers) {

        Case withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Case(what, path, contentType, body, h);
        }
    }

    /** What an operation's cases are built from: its real path and version, its media types and example bodies. */
    record Target(Operation op, String path, Map<String, String> values, String etag, String token, Map<String, JsonNode> bodies,
            Map<String, String> texts) {
    }

    @TestFactory
    List<DynamicTest> everyWriteOperationRefusesHostileInput() throws Exception {
        JsonNode doc = JSON.readTree(get("/q/openapi?format=json", null).body());
        List<Operation> operations = writeOperations(doc);
        assertFalse(operations.isEmpty(), "the service documents no write operation");
        List<DynamicTest> tests = new ArrayList<>();
        int[] total = { 0 };
        for (Operation op : operations) {
            if (ONLY_OPERATION != null && !ONLY_OPERATION.equals(op.name())) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(op.name() + ": every hostile input refused, nothing stored", () -> {
                total[0] += run(op);
                System.out.printf("HostileInputs %s: %d cases so far (seed %d)%n", config().getOptionalValue("quarkus.application.name",
                        String.class).orElse("?"), total[0], SEED);
            }));
        }
        return tests;
    }

    private int run(Operation op) throws Exception {
        Target target = target(op);
        List<Case> cases = cases(target);
        Map<String, String> before = stableFingerprint();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < cases.size(); i++) {
            if (ONLY_CASE != null && ONLY_CASE != i) {
                continue;
            }
            Case c = cases.get(i);
            sent++;
            String problem = check(op, c, target.token());
            if (problem != null && failures.size() < 15) {
                failures.add("case " + i + " (" + c.what() + "): " + problem);
            }
        }
        Map<String, String> after = fingerprint();
        List<String> changed = new ArrayList<>();
        before.forEach((table, print) -> {
            if (!print.equals(after.get(table))) {
                changed.add(table + " " + print + " -> " + after.get(table));
            }
        });
        after.keySet().stream().filter(t -> !before.containsKey(t)).forEach(t -> changed.add(t + " (new)"));
        String reproduce = " [reproduce: -Dhostile.seed=" + SEED + " -Dhostile.operation=\"" + op.name() + "\" -Dhostile.case=N]";
        if (!failures.isEmpty()) {
            fail(op.name() + ": " + failures.size() + " of " + sent + " hostile inputs were not refused as 4xx problem+json"
                    + reproduce + "\n  " + String.join("\n  ", failures));
        }
        assertTrue(changed.isEmpty(), () -> op.name() + ": refused inputs changed stored data" + reproduce + ": " + changed);
        return sent;
    }

    /** Null when the answer is right: a 4xx problem document. */
    private String check(Operation op, Case c, String token) {
        HttpResponse<String> r;
        try {
            r = send(op.method(), c, token);
        } catch (java.io.IOException e) {
            try {
                r = send(op.method(), c, token); // once more: the server may have closed a pooled connection after a 413
            } catch (Exception again) {
                return "no answer: " + again;
            }
        } catch (Exception e) {
            return "no answer: " + e;
        }
        int status = r.statusCode();
        String type = r.headers().firstValue("Content-Type").orElse("");
        String summary = status + " " + type + " " + abbreviate(r.body(), 300);
        if (status < 400 || status >= 500) {
            return "answered " + summary;
        }
        if (!type.startsWith(PROBLEM_JSON)) {
            return "not problem+json: " + summary;
        }
        try {
            JsonNode body = JSON.readTree(r.body());
            if (!body.hasNonNull("type") || !body.hasNonNull("title") || body.path("status").asInt() != status) {
                return "problem without type, title or matching status: " + summary;
            }
        } catch (Exception e) {
            return "problem body is not JSON: " + summary;
        }
        return null;
    }

    // ---------------------------------------------------------------- the cases

    List<Case> cases(Target t) {
        Random random = new Random(SEED ^ t.op().name().hashCode());
        List<Arbitrary<Case>> kinds = new ArrayList<>();
        for (Map.Entry<String, JsonNode> body : t.bodies().entrySet()) {
            String type = body.getKey();
            JsonNode schema = resolve(t.op().doc(), t.op().spec().path("requestBody").path("content").path(type).path("schema"));
            kinds.add(jsonCases(t, type, body.getValue(), schema));
        }
        for (Map.Entry<String, String> text : t.texts().entrySet()) {
            kinds.add(csvCases(t, text.getKey(), text.getValue()));
        }
        kinds.add(pathCases(t));
        if (hasParameter(t.op(), "header", "If-Match")) {
            kinds.add(ifMatchCases(t));
        }
        Arbitrary<Case> query = queryCases(t);
        if (query != null) {
            kinds.add(query);
        }
        Arbitrary<Case> all = Arbitraries.oneOf(kinds);
        List<Case> cases = new ArrayList<>();
        JqwikSession.start();
        try {
            var generator = all.generator(1000);
            for (int i = 0; i < CASES; i++) {
                cases.add(generator.next(random).value());
            }
        } finally {
            JqwikSession.finish();
        }
        cases.addAll(fixedCases(t));
        // the current version goes with every case that names none, so If-Match is never what refuses it
        return t.etag() == null ? cases : cases.stream().map(c -> c.headers().containsKey("If-Match") ? c : c.withHeader("If-Match", t.etag()))
                .toList();
    }

    /** The same for every run: a body over the configured limit and the wrong media types. */
    private List<Case> fixedCases(Target t) {
        List<Case> cases = new ArrayList<>();
        if (t.bodies().isEmpty() && t.texts().isEmpty()) {
            return cases;
        }
        long limit = bodyLimit();
        String type = t.bodies().isEmpty() ? t.texts().keySet().iterator().next() : t.bodies().keySet().iterator().next();
        byte[] over = new byte[(int) limit + 1024];
        java.util.Arrays.fill(over, (byte) ' ');
        byte[] head = "{\"x\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, over, 0, head.length);
        cases.add(new Case("a body of " + over.length + " bytes, over the limit of " + limit, t.path(), type, over, Map.of()));
        Set<String> accepted = new LinkedHashSet<>(t.bodies().keySet());
        accepted.addAll(t.texts().keySet());
        for (String wrong : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/octet-stream", "image/png", "application/json-patch+json", "text/csv", "application/json", "")) {
            if (!accepted.contains(wrong)) {
                cases.add(new Case("content type '" + wrong + "'", t.path(), wrong.isEmpty() ? null : wrong,
                        "<x><code>M-1</code></x>".getBytes(StandardCharsets.UTF_8), Map.of()));
            }
        }
        return cases;
    }

    private Arbitrary<Case> jsonCases(Target t, String type, JsonNode example, JsonNode schema) {
        Map<String, JsonNode> fields = properties(t.op().doc(), schema, example);
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        boolean patch = t.op().method().equals("patch");
        List<Arbitrary<Case>> kinds = new ArrayList<>();
        List<String> names = new ArrayList<>(fields.keySet());

        // required members missing or null (a merge patch may leave them out, and null clears only optional ones)
        if (!patch && !required.isEmpty()) {
            kinds.add(Combinators.combine(Arbitraries.of(List.copyOf(required)), Arbitraries.of(true, false), decoration(t, fields))
                    .as((field, remove, decorate) -> {
                        ObjectNode body = decorate.apply(example.deepCopy());
                        if (remove) {
                            body.remove(field);
                        } else {
                            body.putNull(field);
                        }
                        return json(t, type, (remove ? "required " + field + " missing" : "required " + field + " null"), body);
                    }));
        }
        // each field given a value that its schema rules out
        if (!names.isEmpty()) {
            kinds.add(Arbitraries.of(names).flatMap(field -> invalidValue(t.op().doc(), resolve(t.op().doc(), fields.get(field)),
                    example.get(field), patch && !required.contains(field))
                    .flatMap(value -> decoration(t, fields).map(decorate -> {
                        ObjectNode body = decorate.apply(example.deepCopy());
                        body.set(field, value.value());
                        return json(t, type, field + " " + value.what(), body);
                    }))));
        }
        // an unknown field, at the top or in a nested object
        kinds.add(Combinators.combine(unknownName(fields.keySet()), anyJson(), decoration(t, fields), Arbitraries.of(true, false))
                .as((name, value, decorate, nested) -> {
                    ObjectNode body = decorate.apply(example.deepCopy());
                    ObjectNode into = nested ? firstNestedObject(body) : body;
                    into.set(name, value);
                    return json(t, type, "unknown field '" + name + "'" + (into == body ? "" : " in a nested object"), body);
                }));
        // bodies that are not the JSON object the operation reads
        kinds.add(brokenJson(t, type, example));
        return Arbitraries.oneOf(kinds);
    }

    record Invalid(String what, JsonNode value) {
    }

    /** Values the field's schema (or, without one, its example's type) rules out. */
    private Arbitrary<Invalid> invalidValue(JsonNode doc, JsonNode schema, JsonNode exampleValue, boolean nullable) {
        JsonNodeFactory n = JsonNodeFactory.instance;
        String type = schema.path("type").asText(exampleValue == null ? "" : jsonType(exampleValue));
        List<Arbitrary<Invalid>> choices = new ArrayList<>();
        JsonNode enumValues = schema.path("enum");
        switch (type) {
            case "string" -> {
                choices.add(Arbitraries.of(new Invalid("an object", n.objectNode().put("value", "x")),
                        new Invalid("an array", n.arrayNode().add("x").add("y")), new Invalid("a nested array", deepArray(50))));
                if (enumValues.isArray() && !enumValues.isEmpty()) {
                    Set<String> allowed = new LinkedHashSet<>();
                    enumValues.forEach(v -> allowed.add(normalised(v.asText())));
                    choices.add(hostileText().filter(s -> !s.isEmpty() && !allowed.contains(normalised(s)) && !s.matches("-?\\d+"))
                            .map(s -> new Invalid("'" + abbreviate(s, 40) + "' not in its enum", n.textNode(s))));
                }
                String format = schema.path("format").asText("");
                if (format.equals("date") || format.equals("date-time") || format.equals("uuid")) {
                    choices.add(Arbitraries.oneOf(hostileText().filter(s -> !s.isBlank()),
                            Arbitraries.of("2026-02-30", "2026-13-01", "2026-00-10", "26-01-01", "2026/01/01", "01-02-2026",
                                    "+999999999-01-01", "2026-01-01T25:00:00Z", "0000-00-00", "2026-1-1", "99999-12-31",
                                    "00000000-0000-0000-0000-00000000000g", "2026-W01"))
                            .map(s -> new Invalid("'" + abbreviate(s, 40) + "' not a " + format, n.textNode(s))));
                }
                if (schema.has("maxLength")) {
                    int max = schema.get("maxLength").asInt();
                    choices.add(Arbitraries.of(max + 1, max + 17, max * 2 + 1, 200_000).flatMap(length -> Arbitraries.of("x", "é", "😀", "=", "'")
                            .map(unit -> new Invalid(length + " characters, over its maxLength " + max,
                                    n.textNode(unit.repeat(Math.max(1, length / unit.length())) + (unit.length() > 1 && length % 2 == 1 ? "x" : ""))))));
                }
                String pattern = schema.path("pattern").asText(null);
                if (pattern != null) {
                    Pattern compiled = compile(pattern);
                    if (compiled != null) {
                        boolean notBlank = pattern.equals("\\S");
                        choices.add(Arbitraries.oneOf(hostileText(), Arbitraries.of("", " ", "   ", "\t", "\n", " \r\n "))
                                .filter(s -> notBlank ? s.isBlank() : !compiled.matcher(s).matches())
                                .map(s -> new Invalid("'" + abbreviate(s, 40) + "' off its pattern " + pattern, n.textNode(s))));
                    }
                }
                if (enumValues.isMissingNode() && format.isEmpty()) {
                    choices.add(Combinators.combine(Arbitraries.of("Plan ", "", "x", "Milestone "), Arbitraries.of(FORBIDDEN_CHARACTERS),
                            Arbitraries.of(" end", "", "x"))
                            .as((a, bad, b) -> new Invalid("holding U+" + String.format("%04X", (int) bad.charAt(0)), n.textNode(a + bad + b))));
                }
            }
            case "integer", "number" -> {
                choices.add(Arbitraries.of(new Invalid("a word", n.textNode("twelve")), new Invalid("an object", n.objectNode()),
                        new Invalid("an array", n.arrayNode().add(1)), new Invalid("'NaN'", n.textNode("NaN")),
                        new Invalid("'Infinity'", n.textNode("Infinity")), new Invalid("'-Infinity'", n.textNode("-Infinity")),
                        new Invalid("'1,5'", n.textNode("1,5")), new Invalid("an empty array", n.arrayNode())));
                choices.add(hostileText().filter(s -> !looksNumeric(s)).map(s -> new Invalid("'" + abbreviate(s, 40) + "'", n.textNode(s))));
                if (type.equals("integer")) {
                    String format = schema.path("format").asText("");
                    if (format.equals("int32")) {
                        choices.add(Arbitraries.of("2147483648", "-2147483649", "99999999999999999999")
                                .map(s -> new Invalid(s + " beyond int32", n.numberNode(new java.math.BigInteger(s)))));
                    } else if (format.equals("int64")) {
                        choices.add(Arbitraries.of("9223372036854775808", "-9223372036854775809", "1" + "0".repeat(400))
                                .map(s -> new Invalid(abbreviate(s, 30) + " beyond int64", n.numberNode(new java.math.BigInteger(s)))));
                    }
                }
                if (schema.has("maximum") || schema.has("exclusiveMaximum")) {
                    java.math.BigDecimal max = new java.math.BigDecimal(schema.has("maximum") ? schema.get("maximum").asText()
                            : schema.get("exclusiveMaximum").asText());
                    choices.add(Arbitraries.of(java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(1000), new java.math.BigDecimal("1e9"),
                            new java.math.BigDecimal("1e999999")).map(d -> new Invalid("above its maximum " + max,
                                    n.numberNode(max.add(d)))));
                }
                if (schema.has("minimum") || schema.has("exclusiveMinimum")) {
                    java.math.BigDecimal min = new java.math.BigDecimal(schema.has("minimum") ? schema.get("minimum").asText()
                            : schema.get("exclusiveMinimum").asText());
                    choices.add(Arbitraries.of(java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(1000), new java.math.BigDecimal("1e9"),
                            new java.math.BigDecimal("1e999999")).map(d -> new Invalid("below its minimum " + min,
                                    n.numberNode(min.subtract(d)))));
                }
            }
            case "boolean" -> choices.add(Arbitraries.of(new Invalid("'maybe'", n.textNode("maybe")), new Invalid("an object", n.objectNode()),
                    new Invalid("an array", n.arrayNode().add(true)), new Invalid("'yes'", n.textNode("yes"))));
            case "array" -> {
                JsonNode items = resolve(doc, schema.path("items"));
                String itemType = items.path("type").asText(exampleValue != null && exampleValue.size() > 0
                        ? jsonType(exampleValue.get(0)) : "");
                choices.add(Arbitraries.of(new Invalid("a text", n.textNode("x")), new Invalid("an object", n.objectNode())));
                JsonNode wrongItem = itemType.equals("object") ? n.textNode("x") : n.objectNode().put("x", 1);
                choices.add(Arbitraries.of(1, 2, 100, 20_000).map(count -> {
                    ArrayNode array = n.arrayNode();
                    if (exampleValue != null && exampleValue.isArray()) {
                        exampleValue.forEach(array::add);
                    }
                    for (int i = 0; i < count; i++) {
                        array.add(wrongItem);
                    }
                    return new Invalid("with " + count + " items of the wrong type", array);
                }));
                if (schema.has("maxItems") && exampleValue != null && exampleValue.isArray() && exampleValue.size() > 0) {
                    int max = schema.get("maxItems").asInt();
                    choices.add(Arbitraries.of(max + 1, max * 10 + 1).map(count -> {
                        ArrayNode array = n.arrayNode();
                        for (int i = 0; i < count; i++) {
                            array.add(exampleValue.get(i % exampleValue.size()));
                        }
                        return new Invalid(count + " items, over its maxItems " + max, array);
                    }));
                }
                if (items.has("enum") || items.has("pattern") || items.has("maxLength")) {
                    choices.add(invalidValue(doc, items, exampleValue != null && exampleValue.size() > 0 ? exampleValue.get(0) : null, false)
                            .map(bad -> new Invalid("with an item " + bad.what(), n.arrayNode().add(bad.value()))));
                }
                if (items.path("type").asText().equals("object") || items.has("properties")) {
                    Map<String, JsonNode> itemFields = properties(doc, items, exampleValue != null && exampleValue.size() > 0 ? exampleValue.get(0) : null);
                    if (exampleValue != null && exampleValue.size() > 0 && exampleValue.get(0).isObject() && !itemFields.isEmpty()) {
                        choices.add(Arbitraries.of(List.copyOf(itemFields.keySet())).flatMap(f -> invalidValue(doc, resolve(doc, itemFields.get(f)),
                                exampleValue.get(0).get(f), false).map(bad -> {
                                    ArrayNode array = exampleValue.deepCopy();
                                    ((ObjectNode) array.get(0)).set(f, bad.value());
                                    return new Invalid("[0]." + f + " " + bad.what(), array);
                                })));
                    }
                }
            }
            case "object" -> {
                choices.add(Arbitraries.of(new Invalid("a text", n.textNode("x")), new Invalid("an array", n.arrayNode().add(1)),
                        new Invalid("a number", n.numberNode(7))));
                Map<String, JsonNode> inner = properties(doc, schema, exampleValue);
                if (!inner.isEmpty() && exampleValue != null && exampleValue.isObject()) {
                    choices.add(Arbitraries.of(List.copyOf(inner.keySet())).flatMap(f -> invalidValue(doc, resolve(doc, inner.get(f)),
                            exampleValue.get(f), false).map(bad -> {
                                ObjectNode copy = exampleValue.deepCopy();
                                copy.set(f, bad.value());
                                return new Invalid("." + f + " " + bad.what(), copy);
                            })));
                }
            }
            default -> choices.add(Arbitraries.of(new Invalid("deeply nested", deepArray(DEEP))));
        }
        choices.add(Arbitraries.of(new Invalid("nested " + DEEP + " levels deep", deepArray(DEEP))));
        return Arbitraries.oneOf(choices);
    }

    private Arbitrary<Case> brokenJson(Target t, String type, JsonNode example) {
        String valid = write(example);
        List<String> members = new ArrayList<>();
        example.fieldNames().forEachRemaining(members::add);
        String first = members.isEmpty() ? "x" : members.get(0);
        List<Arbitrary<Case>> kinds = new ArrayList<>();
        kinds.add(Arbitraries.integers().between(0, Math.max(0, valid.length() - 1)).map(cut -> new Case("cut after " + cut + " characters",
                t.path(), type, valid.substring(0, cut).getBytes(StandardCharsets.UTF_8), Map.of())));
        kinds.add(Arbitraries.of("}", "]", ",", "x", "{}", " {\"a\":1}", "\u0000", "//c", "/* c */").map(tail -> new Case(
                "trailing '" + tail + "'", t.path(), type, (valid + tail).getBytes(StandardCharsets.UTF_8), Map.of())));
        kinds.add(Arbitraries.of("NaN", "Infinity", "-Infinity", "+1", "01", "0x1F", ".5", "1.", "1e", "--1", "undefined", "'x'",
                "TRUE", "nil", "\"\\x41\"", "\"\\u12\"", "\"a\u0001b\"", "\"a\nb\"", "/* c */ 1", "1_000").map(token -> new Case(
                        "'" + token + "' as a JSON token", t.path(), type,
                        replaceFirstValue(valid, first, token).getBytes(StandardCharsets.UTF_8), Map.of())));
        kinds.add(Arbitraries.of("", " ", "null", "[]", "[{}]", "\"text\"", "42", "true", "{", "\uFEFF{", "{\"\":}", "{'a':1}",
                "{a:1}", "{\"a\" 1}", "{\"a\":1,}", "[1,]").map(body -> new Case("the body '" + abbreviate(body, 20) + "'", t.path(), type,
                        body.getBytes(StandardCharsets.UTF_8), Map.of())));
        kinds.add(Arbitraries.of(INVALID_UTF8).map(bad -> new Case("invalid UTF-8 " + hex(bad) + " in a text", t.path(), type,
                insertIntoFirstText(valid, bad), Map.of())));
        kinds.add(Arbitraries.of(true, false).map(arrays -> {
            String open = arrays ? "[" : "{\"a\":";
            String close = arrays ? "]" : "}";
            String deep = open.repeat(DEEP) + "1" + close.repeat(DEEP);
            return new Case(DEEP + " levels of " + (arrays ? "arrays" : "objects"), t.path(), type,
                    ("{\"" + first + "\":" + deep + "}").getBytes(StandardCharsets.UTF_8), Map.of());
        }));
        if (!members.isEmpty()) {
            kinds.add(Arbitraries.of(members).map(member -> {
                String duplicate = valid.substring(0, valid.length() - 1) + ",\"" + member + "\":" + write(example.get(member)) + "}";
                return new Case("duplicated key '" + member + "'", t.path(), type, duplicate.getBytes(StandardCharsets.UTF_8), Map.of());
            }));
        }
        return Arbitraries.oneOf(kinds);
    }

    private Arbitrary<Case> csvCases(Target t, String type, String example) {
        String[] lines = example.strip().split("\n");
        String header = lines[0];
        String row = lines.length > 1 ? lines[1] : "";
        List<String> columns = List.of(header.split(","));
        List<Arbitrary<Case>> kinds = new ArrayList<>();
        Function<String, byte[]> utf8 = s -> s.getBytes(StandardCharsets.UTF_8);
        kinds.add(hostileText().filter(s -> !s.isBlank() && !s.contains(",") && !s.contains("\n") && !s.contains("\r")
                && !s.contains("\"") && !columns.contains(s.trim().toLowerCase(Locale.ROOT)))
                .map(s -> new Case("unknown CSV column '" + abbreviate(s, 30) + "'", t.path(), type, utf8.apply(header + "," + s + "\n" + row + ",1\n"), Map.of())));
        kinds.add(Arbitraries.of(columns).map(c -> {
            String without = String.join(",", columns.stream().filter(x -> !x.equals(c)).toList());
            return new Case("CSV header without " + c, t.path(), type, utf8.apply(without + "\n" + row + "\n"), Map.of());
        }));
        kinds.add(Arbitraries.of("", "\n", "\r\n", "\uFEFF", " , , ").map(body -> new Case("CSV body '" + abbreviate(body, 10) + "'", t.path(), type,
                utf8.apply(body), Map.of())));
        kinds.add(Arbitraries.of(header + "\n", header + "\n\n\n").map(body -> new Case("CSV with no rows", t.path(), type, utf8.apply(body), Map.of())));
        kinds.add(Arbitraries.of("\"", "\"x", "x,\"y", "\"\"\"").map(q -> new Case("CSV ending inside a quote", t.path(), type,
                utf8.apply(header + "\n" + row + "\n" + q), Map.of())));
        kinds.add(Arbitraries.integers().between(1, 50).map(extra -> new Case("CSV row with " + extra + " fields too many", t.path(), type,
                utf8.apply(header + "\n" + row + ",x".repeat(extra) + "\n"), Map.of())));
        kinds.add(Arbitraries.of(columns).flatMap(c -> hostileText().filter(s -> !s.isBlank() && !looksNumeric(s)).map(s -> {
            String cell = "\"" + s.replace("\"", "\"\"") + "\"";
            List<String> cells = new ArrayList<>(List.of(row.split(",", -1)));
            int at = columns.indexOf(c);
            if (c.equalsIgnoreCase("measureCode") || c.equalsIgnoreCase("period") || c.equalsIgnoreCase("value")) {
                cells.set(at, cell);
            } else {
                return new Case("CSV value 'NaN'", t.path(), type, utf8.apply(header + "\n" + row.replaceAll(",[^,]*$", ",NaN") + "\n"), Map.of());
            }
            return new Case("CSV " + c + " '" + abbreviate(s, 30) + "'", t.path(), type, utf8.apply(header + "\n" + String.join(",", cells) + "\n"), Map.of());
        })));
        kinds.add(Arbitraries.of(INVALID_UTF8).map(bad -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(utf8.apply(header + ",comment\n" + row + ",ok"));
            out.writeBytes(bad);
            out.writeBytes(utf8.apply("\n"));
            return new Case("invalid UTF-8 " + hex(bad) + " in a CSV comment", t.path(), type, out.toByteArray(), Map.of());
        }));
        // a lone surrogate cannot be written as UTF-8 at all: the invalid UTF-8 cases above send its bytes (ED A0 80)
        kinds.add(Arbitraries.of(FORBIDDEN_CHARACTERS.stream().filter(ch -> !Character.isSurrogate(ch.charAt(0))).toList()).map(bad -> new Case("CSV comment holding U+" + String.format("%04X", (int) bad.charAt(0)),
                t.path(), type, utf8.apply(header + ",comment\n" + row + ",\"a" + bad + "b\"\n"), Map.of())));
        kinds.add(Arbitraries.of(1, 1000, 20_000).map(count -> new Case(count + " CSV rows for an unknown measure", t.path(), type,
                utf8.apply(header + "\n" + ("NO-SUCH-MEASURE," + row.substring(row.indexOf(',') + 1) + "\n").repeat(count)), Map.of())));
        return Arbitraries.oneOf(kinds);
    }

    /** Path values that name nothing: the operation answers 404 (or 400), whatever its body. */
    private Arbitrary<Case> pathCases(Target t) {
        List<String> names = pathParameters(t.op().template());
        if (names.isEmpty()) {
            return unknownName(Set.of()).map(s -> new Case("unknown sub-path '" + abbreviate(s, 30) + "'", t.path() + "/" + encode(s),
                    null, new byte[0], Map.of()));
        }
        String bodyType = t.bodies().isEmpty() ? null : t.bodies().keySet().iterator().next();
        byte[] body = bodyType == null ? new byte[0] : write(t.bodies().get(bodyType)).getBytes(StandardCharsets.UTF_8);
        return Combinators.combine(Arbitraries.of(names), Arbitraries.oneOf(hostileText(),
                Arbitraries.strings().alpha().ofLength(LONG_SEGMENT), Arbitraries.of("NO-SUCH-ITEM", "0", "-1", "99999999999999999999",
                        "00000000-0000-0000-0000-000000000000", "%", "%zz", "..", ".")))
                .as((name, value) -> {
                    String path = t.op().template();
                    for (String other : names) {
                        path = path.replace("{" + other + "}", other.equals(name) ? encode(value) : segment(t, other));
                    }
                    Map<String, String> headers = t.etag() == null ? Map.of() : Map.of("If-Match", t.etag());
                    return new Case(name + " '" + abbreviate(value, 30) + "' names nothing", path, bodyType, body, headers);
                })
                .filter(c -> !c.path().equals(t.path()));
    }

    private Arbitrary<Case> ifMatchCases(Target t) {
        String bodyType = t.bodies().isEmpty() ? (t.texts().isEmpty() ? null : t.texts().keySet().iterator().next())
                : t.bodies().keySet().iterator().next();
        byte[] body = bodyType == null ? new byte[0] : t.bodies().containsKey(bodyType)
                ? write(t.bodies().get(bodyType)).getBytes(StandardCharsets.UTF_8) : t.texts().get(bodyType).getBytes(StandardCharsets.UTF_8);
        return Arbitraries.oneOf(hostileText(), Arbitraries.of("", " ", "\"999999\"", "W/\"999999\"", "\"-1\"", "\"0\"", "\"1\" \"2\"",
                "\"x", "x\"", "**", "\"*\"", "\"" + "9".repeat(5000) + "\""))
                .filter(v -> !v.contains("\r") && !v.contains("\n") && !v.contains("\u0000") && v.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f)
                        && java.util.Arrays.stream(v.split(",")).map(String::trim).noneMatch(s -> s.equals("*") || s.equals(t.etag())
                                || s.equals("W/" + t.etag())))
                .map(v -> new Case("If-Match '" + abbreviate(v, 30) + "'", t.path(), bodyType, body, Map.of("If-Match", v)));
    }

    /** Enum query parameters given values outside the enum; the body stays the example. */
    private Arbitrary<Case> queryCases(Target t) {
        List<Arbitrary<Case>> kinds = new ArrayList<>();
        for (JsonNode p : t.op().spec().path("parameters")) {
            if (!p.path("in").asText().equals("query")) {
                continue;
            }
            JsonNode schema = resolve(t.op().doc(), p.path("schema"));
            String name = p.path("name").asText();
            if (schema.has("enum") || schema.path("type").asText().equals("boolean")) {
                Set<String> allowed = new LinkedHashSet<>();
                schema.path("enum").forEach(v -> allowed.add(normalised(v.asText())));
                allowed.add("TRUE");
                allowed.add("FALSE");
                String bodyType = t.bodies().isEmpty() ? (t.texts().isEmpty() ? null : t.texts().keySet().iterator().next())
                        : t.bodies().keySet().iterator().next();
                byte[] body = bodyType == null ? new byte[0] : t.bodies().containsKey(bodyType)
                        ? write(t.bodies().get(bodyType)).getBytes(StandardCharsets.UTF_8) : t.texts().get(bodyType).getBytes(StandardCharsets.UTF_8);
                kinds.add(hostileText().filter(s -> !s.isEmpty() && !allowed.contains(normalised(s)))
                        .map(s -> new Case("query " + name + "='" + abbreviate(s, 30) + "'", t.path() + "?" + name + "=" + encode(s), bodyType,
                                body, t.etag() == null ? Map.of() : Map.of("If-Match", t.etag()))));
            }
        }
        return kinds.isEmpty() ? null : Arbitraries.oneOf(kinds);
    }

    /** Hostile text: injection payloads, forbidden characters and random strings over all of Unicode's BMP. */
    static Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(Arbitraries.of(INJECTIONS),
                Combinators.combine(Arbitraries.of(INJECTIONS), Arbitraries.of(FORBIDDEN_CHARACTERS)).as((a, b) -> a + b),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars("\u202e\u2066\ud800'\";<>&%").ofMinLength(1).ofMaxLength(12));
    }

    /** Other text fields of the body get injection strings too; the case stays invalid through its own mutation. */
    private Arbitrary<Function<ObjectNode, ObjectNode>> decoration(Target t, Map<String, JsonNode> fields) {
        List<String> freeText = new ArrayList<>();
        fields.forEach((name, schema) -> {
            JsonNode s = resolve(t.op().doc(), schema);
            if (s.path("type").asText().equals("string") && !s.has("enum") && !s.has("format") && !s.has("pattern")
                    && s.path("maxLength").asInt(4000) >= 200) {
                freeText.add(name);
            }
        });
        if (freeText.isEmpty()) {
            return Arbitraries.just(body -> body);
        }
        return Arbitraries.oneOf(Arbitraries.just(body -> body), Combinators.combine(Arbitraries.of(freeText), Arbitraries.of(INJECTIONS)
                .filter(s -> FORBIDDEN_CHARACTERS.stream().noneMatch(s::contains)))
                .as((field, text) -> body -> {
                    body.put(field, text);
                    return body;
                }));
    }

    static Arbitrary<String> unknownName(Set<String> known) {
        return Arbitraries.oneOf(Arbitraries.of("__proto__", "constructor", "id ", "Code", "TITLE", "$where", "'; DROP TABLE x; --",
                "<script>", "=1+1", "\u0000", "", " ", "version", "createdBy", "org", "_links", "a.b", "values[0]"),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30))
                .filter(s -> !known.contains(s));
    }

    static Arbitrary<JsonNode> anyJson() {
        JsonNodeFactory n = JsonNodeFactory.instance;
        return Arbitraries.oneOf(Arbitraries.of(n.nullNode(), n.booleanNode(true), n.numberNode(1), n.objectNode(), n.arrayNode()),
                hostileText().map(n::textNode));
    }

    // ---------------------------------------------------------------- the operations and their targets

    static List<Operation> writeOperations(JsonNode doc) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!Set.of("put", "post", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                JsonNode op = method.getValue();
                JsonNode security = op.has("security") ? op.get("security") : doc.path("security");
                Set<String> roles = new LinkedHashSet<>();
                security.forEach(requirement -> requirement.forEach(scopes -> scopes.forEach(s -> roles.add(s.asText()))));
                operations.add(new Operation(method.getKey(), path.getKey(), doc, op, roles));
            }
        }
        return operations;
    }

    private Target target(Operation op) throws Exception {
        String token = token(op);
        Map<String, String> values = new LinkedHashMap<>();
        String path = "";
        for (String segment : op.template().split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                String value = existing(path, name, token);
                values.put(name, value);
                path += "/" + encode(value);
            } else {
                path += "/" + segment;
            }
        }
        String etag = null;
        if (hasParameter(op, "header", "If-Match")) {
            for (String probe = path; etag == null && probe.lastIndexOf('/') > 0; probe = probe.substring(0, probe.lastIndexOf('/'))) {
                HttpResponse<String> r = get(probe, token);
                if (r.statusCode() == 200) {
                    etag = r.headers().firstValue("ETag").orElse(null);
                }
            }
        }
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> types = op.spec().path("requestBody").path("content").fields(); types.hasNext();) {
            Map.Entry<String, JsonNode> type = types.next();
            JsonNode example = example(op.doc(), type.getValue());
            if (type.getKey().contains("json")) {
                bodies.put(type.getKey(), example.isObject() ? example : JsonNodeFactory.instance.objectNode());
            } else if (example.isTextual()) {
                texts.put(type.getKey(), example.asText());
            }
        }
        return new Target(op, path, values, etag, token, bodies, texts);
    }

    /** The first existing item's value for a path parameter, read from the collection above it; else a placeholder. */
    private String existing(String collection, String name, String token) {
        try {
            HttpResponse<String> r = get(collection, token);
            if (r.statusCode() == 200) {
                JsonNode list = JSON.readTree(r.body());
                JsonNode items = list.isArray() ? list : null;
                if (items == null) {
                    for (JsonNode field : list) {
                        if (field.isArray() && !field.isEmpty()) {
                            items = field;
                            break;
                        }
                    }
                }
                if (items != null) {
                    for (JsonNode item : items) {
                        for (String key : List.of(name, "id", "code")) {
                            if (item.hasNonNull(key) && item.get(key).isValueNode()) {
                                return item.get(key).asText();
                            }
                        }
                    }
                }
            }
        } catch (Exception e) {
            // the placeholder below still exercises the body checks, which run before the item is looked up
        }
        return "1";
    }

    private String token(Operation op) {
        String role = op.roles().contains("admin") ? "admin"
                : op.roles().stream().filter(PermissionMatrix.ROLES::containsKey).findFirst().orElse("admin");
        return PermissionMatrix.ROLES.get(role).get();
    }

    /** The documented example, else one built from the schema's field examples. */
    static JsonNode example(JsonNode doc, JsonNode content) {
        for (JsonNode e : content.path("examples")) {
            if (e.has("value")) {
                return e.get("value");
            }
        }
        if (content.has("example")) {
            return content.get("example");
        }
        return fromSchema(doc, resolve(doc, content.path("schema")), 0);
    }

    static JsonNode fromSchema(JsonNode doc, JsonNode schema, int depth) {
        JsonNodeFactory n = JsonNodeFactory.instance;
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (schema.path("type").asText(schema.has("properties") ? "object" : "")) {
            case "object" -> {
                ObjectNode o = n.objectNode();
                if (depth < 4) {
                    for (Iterator<Map.Entry<String, JsonNode>> p = schema.path("properties").fields(); p.hasNext();) {
                        Map.Entry<String, JsonNode> field = p.next();
                        o.set(field.getKey(), fromSchema(doc, resolve(doc, field.getValue()), depth + 1));
                    }
                }
                yield o;
            }
            case "array" -> n.arrayNode().add(fromSchema(doc, resolve(doc, schema.path("items")), depth + 1));
            case "integer", "number" -> n.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "boolean" -> n.booleanNode(true);
            default -> n.textNode("x");
        };
    }

    /** A schema with its $ref followed (the ref's target, with the local description and constraints kept). */
    static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asText();
            JsonNode target = doc.at(ref.substring(1));
            ObjectNode merged = target.isObject() ? ((ObjectNode) target).deepCopy() : JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> f = s.fields(); f.hasNext();) {
                Map.Entry<String, JsonNode> field = f.next();
                if (!field.getKey().equals("$ref") && !merged.has(field.getKey())) {
                    merged.set(field.getKey(), field.getValue());
                }
            }
            if (!target.has("$ref")) {
                merged.remove("$ref");
            }
            s = merged;
        }
        if (s.has("allOf")) {
            ObjectNode merged = JsonNodeFactory.instance.objectNode();
            ObjectNode props = merged.putObject("properties");
            ArrayNode required = merged.putArray("required");
            for (JsonNode part : s.get("allOf")) {
                JsonNode r = resolve(doc, part);
                r.path("properties").fields().forEachRemaining(e -> props.set(e.getKey(), e.getValue()));
                r.path("required").forEach(required::add);
                r.fields().forEachRemaining(e -> {
                    if (!merged.has(e.getKey())) {
                        merged.set(e.getKey(), e.getValue());
                    }
                });
            }
            merged.put("type", "object");
            return merged;
        }
        return s;
    }

    /** The fields a body has: its schema's properties, else (an untyped schema) its example's members typed by value. */
    static Map<String, JsonNode> properties(JsonNode doc, JsonNode schema, JsonNode example) {
        Map<String, JsonNode> fields = new TreeMap<>();
        schema.path("properties").fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
        if (fields.isEmpty() && example != null && example.isObject()) {
            example.fields().forEachRemaining(e -> fields.put(e.getKey(), JsonNodeFactory.instance.objectNode().put("type", jsonType(e.getValue()))));
        }
        return fields;
    }

    // ---------------------------------------------------------------- stored data

    /** Waits for work started by earlier tests (relays, consumers) to settle, so only this operation's effect shows. */
    private Map<String, String> stableFingerprint() throws Exception {
        Map<String, String> last = fingerprint();
        for (int i = 0; i < 20; i++) {
            Thread.sleep(250);
            Map<String, String> now = fingerprint();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /** Per table of the service's schema: the row count and an md5 over the rows (the outbox by its events only). */
    Map<String, String> fingerprint() throws SQLException {
        Config config = config();
        String schema = config.getValue("send.schema", String.class);
        Map<String, String> prints = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres"),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = '" + schema
                    + "' and table_type = 'BASE TABLE' order by table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                String rows = table.equals("outbox_event") ? "t.event_id::text" : "t::text";
                try (ResultSet rs = s.executeQuery("select count(*), coalesce(md5(string_agg(md5(" + rows + "), '' order by md5(" + rows
                        + "))), '') from \"" + schema + "\".\"" + table + "\" t")) {
                    rs.next();
                    prints.put(table, rs.getLong(1) + " rows " + rs.getString(2));
                }
            }
        }
        return prints;
    }

    // ---------------------------------------------------------------- HTTP

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static String base() {
        String uri = RestAssured.baseURI + ":" + RestAssured.port;
        String basePath = RestAssured.basePath == null ? "" : RestAssured.basePath;
        return uri + (basePath.equals("/") ? "" : basePath);
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, Case c, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + c.path())).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token)
                .method(method.toUpperCase(Locale.ROOT), c.body().length == 0 && c.contentType() == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        c.headers().forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Case json(Target t, String type, String what, JsonNode body) {
        Map<String, String> headers = t.etag() == null ? Map.of() : Map.of("If-Match", t.etag());
        return new Case(what, t.path(), type, write(body).getBytes(StandardCharsets.UTF_8), headers);
    }

    private static String segment(Target t, String name) {
        return encode(t.values().getOrDefault(name, "1"));
    }

    // ---------------------------------------------------------------- small helpers

    static Config config() {
        return ConfigProvider.getConfig();
    }

    long bodyLimit() {
        String size = config().getOptionalValue("quarkus.http.limits.max-body-size", String.class).orElse("10240K").trim().toUpperCase(Locale.ROOT);
        long unit = size.endsWith("K") ? 1024 : size.endsWith("M") ? 1024 * 1024 : size.endsWith("G") ? 1024L * 1024 * 1024 : 1;
        String digits = unit == 1 ? size : size.substring(0, size.length() - 1);
        return Long.parseLong(digits) * unit;
    }

    static boolean hasParameter(Operation op, String in, String name) {
        for (JsonNode p : op.spec().path("parameters")) {
            if (p.path("in").asText().equals(in) && p.path("name").asText().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    static List<String> pathParameters(String template) {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static String jsonType(JsonNode value) {
        return value.isTextual() ? "string" : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number"
                : value.isBoolean() ? "boolean" : value.isArray() ? "array" : value.isObject() ? "object" : "";
    }

    static String normalised(String s) {
        return s.replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}]", "").toUpperCase(Locale.ROOT);
    }

    static boolean looksNumeric(String s) {
        try {
            new java.math.BigDecimal(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /** Stands in for deeply nested arrays until the body is written (a tree that deep overflows the stack). */
    static JsonNode deepArray(int depth) {
        return JsonNodeFactory.instance.textNode(DEEP_MARKER + depth);
    }

    static ObjectNode firstNestedObject(ObjectNode body) {
        for (JsonNode value : body) {
            if (value.isObject()) {
                return (ObjectNode) value;
            }
            if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                return (ObjectNode) value.get(0);
            }
        }
        return body;
    }

    static String write(JsonNode node) {
        try {
            String json = ESCAPED.writeValueAsString(node);
            java.util.regex.Matcher deep = Pattern.compile("\"" + DEEP_MARKER + "(\\d+)\"").matcher(json);
            return deep.replaceAll(m -> "[".repeat(Integer.parseInt(m.group(1))) + "]".repeat(Integer.parseInt(m.group(1))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String replaceFirstValue(String json, String member, String token) {
        String key = "\"" + member + "\":";
        int at = json.indexOf(key);
        if (at < 0) {
            return "{\"" + member + "\":" + token + "}";
        }
        return json.substring(0, at + key.length()) + token + "," + json.substring(at + key.length()).replaceFirst("^[^,}]*[,]?", "")
                .replaceFirst("^}", "\"_\":0}");
    }

    static byte[] insertIntoFirstText(String json, byte[] bad) {
        int at = json.indexOf(":\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (at < 0) {
            out.writeBytes("{\"text\":\"".getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bad);
            out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
        byte[] head = json.substring(0, at + 2).getBytes(StandardCharsets.UTF_8);
        byte[] tail = json.substring(at + 2).getBytes(StandardCharsets.UTF_8);
        out.writeBytes(head);
        out.writeBytes(bad);
        out.writeBytes(tail);
        return out.toByteArray();
    }

    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int ch = b & 0xff;
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '~') {
                out.append((char) ch);
            } else {
                out.append('%').append(String.format("%02X", ch));
            }
        }
        return out.toString();
    }

    static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }

    static String abbreviate(String s, int max) {
        String visible = s.chars().mapToObj(ch -> ch < 0x20 || (ch >= 0x202a && ch <= 0x202e) || (ch >= 0x2066 && ch <= 0x2069)
                || Character.isSurrogate((char) ch) ? String.format("\\u%04X", ch) : String.valueOf((char) ch))
                .reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append).toString();
        return visible.length() <= max ? visible : visible.substring(0, max) + "…(" + s.length() + " chars)";
    }
}
