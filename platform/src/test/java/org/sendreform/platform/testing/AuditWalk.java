package org.sendreform.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The audit walk of a service: every write operation it documents is performed once with a valid request, and
 * the change must then be in its trail, naming who made it (the token's user name, or the partner client) and
 * when. The walk's table must name every write operation (POST, PUT, PATCH, DELETE) in the OpenAPI document the
 * service serves, so that a new write cannot escape it. A service's test extends this as a {@code @QuarkusTest}.
 */
public abstract class AuditWalk {

    /** How far the recorded time may be from the moment of the request (the test and service share a clock). */
    private static final Duration CLOCK_SLACK = Duration.ofSeconds(30);

    /** What the trail says about a change: who made it and when. */
    public record Recorded(String who, Instant at) {
    }

    /**
     * One write of the walk: the operation (its operationId), the name the trail must show, and how to make the
     * change and then read the trail's entry for it.
     */
    public record Write(String operationId, String who, Supplier<Recorded> performAndRead) {
    }

    /** Every write the service offers, each with a valid request. */
    protected abstract List<Write> writes();

    /** The newest entry of a history in the platform's AuditTrail shape (action, actor, at, ...), read with this token. */
    public static Recorded newest(String token, String historyPath) {
        return newest(token, historyPath, "actor", "at");
    }

    /** The newest entry of a list kept oldest first, naming who in one field and when in another. */
    public static Recorded newest(String token, String historyPath, String whoField, String atField) {
        List<Map<String, Object>> entries = given().auth().oauth2(token).when().get(historyPath).then().statusCode(200)
                .extract().path("$");
        assertFalse(entries.isEmpty(), historyPath + " has no entry");
        Map<String, Object> last = entries.get(entries.size() - 1);
        Object at = last.get(atField);
        return new Recorded((String) last.get(whoField), at == null ? null : Instant.parse((String) at));
    }

    /**
     * The newest entry the platform's AuditTrail keeps for an item, read from the service's audit_entry table: for
     * changes whose item has no history endpoint of its own.
     */
    public static Recorded newestAuditEntry(javax.sql.DataSource dataSource, String aggregateType, String aggregateId) {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement s = c.prepareStatement(
                "select actor_name, at from audit_entry where aggregate_type = ? and aggregate_id = ? order by id desc limit 1")) {
            s.setString(1, aggregateType);
            s.setString(2, aggregateId);
            try (java.sql.ResultSet r = s.executeQuery()) {
                return r.next() ? new Recorded(r.getString(1), r.getTimestamp(2).toInstant()) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theWalkCoversEveryWriteOperationTheServiceDocuments() throws Exception {
        Set<String> documented = documentedWrites();
        Set<String> walked = writes().stream().map(Write::operationId).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(documented, walked, "the audit walk must perform every documented write operation, and only those");
    }

    @TestFactory
    List<DynamicTest> everyWriteIsInTheTrailWithWhoAndWhen() {
        return writes().stream().map(w -> DynamicTest.dynamicTest(w.operationId() + " is recorded with who and when", () -> {
            Instant before = Instant.now();
            Recorded r = w.performAndRead().get();
            Instant after = Instant.now();
            assertNotNull(r, w.operationId() + ": no trail entry");
            assertEquals(w.who(), r.who(), w.operationId() + ": who");
            assertNotNull(r.at(), w.operationId() + ": when");
            assertTrue(!r.at().isBefore(before.minus(CLOCK_SLACK)) && !r.at().isAfter(after.plus(CLOCK_SLACK)),
                    () -> w.operationId() + ": recorded at " + r.at() + ", but made between " + before + " and " + after);
        })).toList();
    }

    /** The operationIds of every POST, PUT, PATCH and DELETE in the document the service serves. */
    static Set<String> documentedWrites() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().accept("application/json").when().get("/q/openapi?format=json").asString());
        Set<String> writes = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (Set.of("put", "post", "delete", "patch").contains(method.getKey())) {
                    String id = method.getValue().path("operationId").asText(null);
                    writes.add(id != null ? id : method.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        return writes;
    }
}
