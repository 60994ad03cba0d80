package org.sendreform.governance;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.sendreform.platform.testing.ServerOwnedFields;

import io.restassured.response.Response;

/**
 * {@link ServerOwnedFields#eachRefused} for governance's items, whose requests have none of the fields a client must
 * not set: each is refused as an unknown field (400) naming it, and what {@code stored} reads (a count, or an item's
 * ETag and history) is the same afterwards, so nothing was stored.
 */
public final class ServerFields {

    private ServerFields() {
    }

    public static void eachRefused(String validBody, Map<String, String> fields, Function<String, Response> send, Supplier<?> stored) {
        Object before = stored.get();
        Map<String, Integer> answers = ServerOwnedFields.eachRefused(validBody, fields, send);
        assertEquals(fields.keySet(), answers.keySet());
        answers.forEach((field, status) -> assertEquals(400, status, field));
        assertEquals(before, stored.get(), "a refused request stored something");
    }

    /** What the item's response has and no client sets: its id and version, then the names and JSON values given. */
    public static Map<String, String> idVersionAnd(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("id", "99", "version", "7"));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** The same for a record kept by hand, which also says who made and last changed it, and when. */
    public static Map<String, String> keptAnd(String... namesAndValues) {
        Map<String, String> fields = idVersionAnd("createdBy", "\"someone.else\"", "createdAt", "\"2026-01-01T00:00:00Z\"",
                "updatedBy", "\"someone.else\"", "updatedAt", "\"2026-01-01T00:00:00Z\"");
        fields.putAll(idVersionAnd(namesAndValues));
        return fields;
    }

    /** An item's ETag and the length of its history, read with the token. */
    public static Supplier<List<Object>> item(String token, String path) {
        return () -> List.of(given().auth().oauth2(token).when().get(path).then().statusCode(200).extract().header("ETag"),
                given().auth().oauth2(token).when().get(path + "/history").then().statusCode(200).extract().<Integer>path("size()"));
    }
}
