package org.sendreform.governance.quarterlyreturn;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;
import org.sendreform.governance.ServerFields;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Fields a client must not set when drafting a quarterly return, which names its quarter only: the id, status,
 * who still has to sign, the signatures, who drafted it and when, when it was signed off, the content assembled
 * from the read models, and the version. Each is refused naming it (400: the request has no such field), and
 * nothing is stored.
 */
@QuarkusTest
class ReturnServerFieldsTest {

    @Test
    void draftingAReturnWithAServerOwnedFieldIsRefusedNamingItAndStoresNothing() {
        ServerFields.eachRefused("{\"quarter\":\"FY2015-16-Q4\"}",
                ServerFields.idVersionAnd("status", "\"SIGNED_OFF\"", "awaiting", "[]", "signatures", "[]", "createdBy", "\"someone.else\"",
                        "createdAt", "\"2026-01-01T00:00:00Z\"", "signedOffAt", "\"2026-01-01T00:00:00Z\"", "content", "{}"),
                b -> given().auth().oauth2(ReturnTest.PM).contentType("application/json").body(b).when().post("/api/v1/returns"),
                () -> given().auth().oauth2(ReturnTest.PM).when().get("/api/v1/returns").then().statusCode(200).extract().path("size()"));
    }
}
