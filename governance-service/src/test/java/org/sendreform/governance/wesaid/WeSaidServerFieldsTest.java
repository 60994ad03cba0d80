package org.sendreform.governance.wesaid;

import org.junit.jupiter.api.Test;
import org.sendreform.governance.ServerFields;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Fields a client must not set on a "we said / we did" item, when recording or changing it: id, who and when, the
 * version, and when it was published (publishing is the published flag). Each is refused naming it (400: the
 * request has no such field), and nothing is stored.
 */
@QuarkusTest
class WeSaidServerFieldsTest {

    static final java.util.Map<String, String> SERVER_OWNED = ServerFields.keptAnd("publishedAt", "\"2026-01-01T00:00:00Z\"");

    @Test
    void recordingAnItemWithAServerOwnedFieldIsRefusedNamingItAndStoresNothing() {
        ServerFields.eachRefused(WeSaidTest.item(""), SERVER_OWNED, b -> WeSaidTest.create(WeSaidTest.PM, b).extract().response(),
                WeSaidTest::total);
    }

    @Test
    void changingAnItemWithAServerOwnedFieldIsRefusedNamingItAndChangesNothing() {
        long id = WeSaidTest.create(WeSaidTest.PM, WeSaidTest.item("")).statusCode(201).extract().jsonPath().getLong("id");
        ServerFields.eachRefused("{\"notes\":\"Ask SENDIASS for numbers\"}", SERVER_OWNED,
                b -> WeSaidTest.patch(WeSaidTest.PM, id, "\"0\"", b).extract().response(),
                ServerFields.item(WeSaidTest.PM, "/api/v1/we-said-we-did/" + id));
    }
}
