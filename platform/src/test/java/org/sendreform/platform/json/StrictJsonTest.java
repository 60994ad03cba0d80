package org.sendreform.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.problem.ProblemException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Each rule of {@link StrictJson}, found missing by the services' HostileInputTest. */
class StrictJsonTest {

    record Amount(java.math.BigDecimal value, Integer count, Boolean done) {
    }

    record Note(String title, List<String> tags) {
    }

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper m = new ObjectMapper();
        new StrictJson().customize(m);
        return m;
    }

    @Test
    void aKeyGivenTwiceIsRefusedNotTheLastOneKept() {
        assertThrows(JsonParseException.class, () -> mapper.readValue("{\"title\":\"a\",\"title\":\"a\"}", Note.class));
        assertThrows(JsonParseException.class, () -> mapper.readTree("{\"title\":\"a\",\"title\":\"b\"}"));
    }

    @Test
    void anythingAfterTheValueIsRefused() {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"title\":\"a\"} {}", Note.class));
        assertThrows(Exception.class, () -> mapper.readValue("{\"title\":\"a\"}}", Note.class));
        assertThrows(Exception.class, () -> mapper.readTree("{\"title\":\"a\"} {}"));
    }

    @Test
    void controlBidiAndLoneSurrogateCharactersAreRefusedInTypedFields() {
        for (String bad : List.of("\\u0000", "\\u0007", "\\u001b", "\\u202e", "\\u2066", "\\ud800", "\\udfff")) {
            assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"title\":\"a" + bad + "b\"}", Note.class), bad);
            assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"tags\":[\"a" + bad + "b\"]}", Note.class), bad);
        }
    }

    @Test
    void controlBidiAndLoneSurrogateCharactersAreRefusedInTreesNamingTheField() {
        ProblemException e = assertThrows(ProblemException.class, () -> mapper.readTree("{\"a\":{\"b\":[\"x\",\"\\u0000\"]}}"));
        assertEquals("a.b[1]", e.errors().get(0).field());
        assertThrows(ProblemException.class, () -> mapper.readTree("{\"a\\u202e\":1}"));
    }

    @Test
    void anEmptyOrBlankStringIsNotAMissingNumberOrFlag() throws Exception {
        for (String field : List.of("value", "count", "done")) {
            for (String blank : List.of("", " ", "\\b", "\\u0000 ")) {
                String json = "{\"" + field + "\":\"" + blank + "\"}";
                assertThrows(Exception.class, () -> mapper.readValue(json, Amount.class), json);
            }
        }
        Amount given = mapper.readValue("{\"value\":41.5,\"count\":3,\"done\":true}", Amount.class);
        org.junit.jupiter.api.Assertions.assertEquals(new Amount(new java.math.BigDecimal("41.5"), 3, true), given);
    }

    @Test
    void ordinaryTextStaysAsSent() throws Exception {
        String text = "Line one\n\tline two\r\n— £12, 😀, العربية, ‏RLM‎";
        assertEquals(text, mapper.readValue(mapper.writeValueAsString(new Note(text, List.of(text))), Note.class).title());
        JsonNode tree = mapper.readTree(mapper.writeValueAsString(new Note(text, List.of())));
        assertEquals(text, tree.get("title").asText());
        assertEquals(-1, StrictJson.forbiddenAt(text));
    }
}
