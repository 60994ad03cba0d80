package org.sendreform.platform.json;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

import org.sendreform.platform.problem.ProblemException;

/**
 * Request bodies are read strictly, so what a client sent is exactly what gets stored or refused:
 * <ul>
 * <li>a key given twice in one object is refused (400), never silently the last one;</li>
 * <li>anything after the JSON value (a second value, stray brackets) is refused (400), never silently ignored;</li>
 * <li>text holding a C0 control character (other than tab, line feed and carriage return), a bidi embedding,
 * override or isolate character (U+202A–U+202E, U+2066–U+2069: "Trojan Source" text that reads differently from
 * how it is stored) or a lone surrogate (not a character at all; PostgreSQL refuses a NUL with a server error and
 * the JDBC driver would store a lone surrogate as '?') is refused (400), for typed fields and merge patches alike.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // an empty or blank string ("", " ", "\b": Jackson trims every character up to U+0020) is not a missing
        // number or flag: without this it would quietly become null and the field would count as not given
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setAcceptBlankAsEmpty(false);
        }
        SimpleModule module = new SimpleModule("strict-json");
        module.addDeserializer(String.class, new CheckedText());
        module.addDeserializer(JsonNode.class, new CheckedTree());
        mapper.registerModule(module);
    }

    /** Where the text breaks the rule, or -1: the index of the first forbidden character. */
    public static int forbiddenAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    public static String reason(String text, int at) {
        return String.format("must not contain the control, bidi or unpaired surrogate character U+%04X (at %d)",
                (int) text.charAt(at), at);
    }

    static final class CheckedText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = super.deserialize(p, ctxt);
            int at = text == null ? -1 : forbiddenAt(text);
            if (at >= 0) {
                throw ctxt.weirdStringException(text, String.class, reason(text, at));
            }
            return text;
        }
    }

    static final class CheckedTree extends JsonDeserializer<JsonNode> {

        private final JsonDeserializer<? extends JsonNode> plain = JsonNodeDeserializer.getDeserializer(JsonNode.class);

        @Override
        public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = plain.deserialize(p, ctxt);
            check(tree, "");
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext ctxt) {
            return com.fasterxml.jackson.databind.node.NullNode.getInstance();
        }

        private static void check(JsonNode node, String path) {
            if (node == null) {
                return;
            }
            if (node.isTextual()) {
                int at = forbiddenAt(node.textValue());
                if (at >= 0) {
                    throw ProblemException.badParameter(path.isEmpty() ? "body" : path, reason(node.textValue(), at));
                }
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    int at = forbiddenAt(field.getKey());
                    if (at >= 0) {
                        throw ProblemException.badParameter(path.isEmpty() ? "body" : path, "a field name " + reason(field.getKey(), at));
                    }
                    check(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    check(node.get(i), path + "[" + i + "]");
                }
            }
        }
    }
}
