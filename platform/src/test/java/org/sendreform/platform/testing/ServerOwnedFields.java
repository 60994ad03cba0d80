package org.sendreform.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import io.restassured.response.Response;

/**
 * Fields a client must not set (ids, owners, who and when, versions, what rules compute): a create or a change that
 * carries one must be refused naming it, never stored. Refused means 422 (a field the item has but the server
 * sets) or 400 (a field the request does not have at all), in problem+json with errors[].field naming it.
 */
public final class ServerOwnedFields {

    private ServerOwnedFields() {
    }

    /**
     * Sends the valid JSON object body once per field, with that field added, and checks each is refused naming the
     * field. Returns each field's status, for the service's documentation of how it refuses.
     */
    public static Map<String, Integer> eachRefused(String validBody, Map<String, String> fields, Function<String, Response> send) {
        assertTrue(validBody.strip().startsWith("{"), "the body must be a JSON object");
        return eachRefused(fields, field -> validBody.strip().replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement("{" + field + ", ")),
                send);
    }

    /**
     * The same for a field deeper in the body (e.g. in a row of a batch): {@code bodyWith} makes the valid body with
     * the member it is given ({@code "name": value}) added where the field would go.
     */
    public static Map<String, Integer> eachRefused(Map<String, String> fields, Function<String, String> bodyWith,
            Function<String, Response> send) {
        Map<String, Integer> answers = new TreeMap<>();
        fields.forEach((field, json) -> {
            Response r = send.apply(bodyWith.apply("\"" + field + "\": " + json));
            assertTrue(r.statusCode() == 400 || r.statusCode() == 422,
                    () -> field + " was not refused: " + r.statusCode() + " " + r.asString());
            assertEquals("application/problem+json", r.contentType().split(";")[0], field);
            List<String> named = r.path("errors.field");
            assertTrue(named != null && named.stream().anyMatch(n -> n.equals(field) || n.endsWith("." + field)),
                    () -> field + " is not named in " + r.asString());
            answers.put(field, r.statusCode());
        });
        return answers;
    }
}
