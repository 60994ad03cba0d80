package org.sendreform.risk.view;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.risk.register.Category;
import org.sendreform.risk.register.Risk;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.scoring.Scale;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RiskViewsTest {

    static final String ANALYST = TestTokens.user("icb.analyst", "analytics-reader");
    static final String BOARD = TestTokens.user("board.member", "board-member");

    static String body() {
        return "ws-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A risk of its own in {@code body}, scored as given; {@code more} sets anything else. */
    static String risk(String body, Scale scale, String impact, String likelihood, Rag residual, Rag target, Consumer<Risk> more) {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        QuarkusTransaction.requiringNew().run(() -> {
            Risk r = new Risk();
            r.code = code;
            r.title = "Test risk " + code;
            r.description = "test";
            r.category = Category.WORKFORCE;
            r.owningBody = body;
            r.status = RiskStatus.OPEN;
            r.scale = scale;
            r.inherentImpact = impact;
            r.inherentLikelihood = likelihood;
            r.assessedRag = Rag.AMBER;
            r.residualRag = residual;
            r.targetRag = target;
            more.accept(r);
            r.persist();
        });
        return code;
    }

    static String risk(String body, Rag residual, Rag target) {
        return risk(body, Scale.HIGH_MEDIUM_LOW, "HIGH", "MEDIUM", residual, target, r -> {
        });
    }

    static Consumer<Risk> status(RiskStatus status) {
        return r -> r.status = status;
    }

    @Test
    void theLiteralPathsAreNotReadAsRiskCodes() {
        given().auth().oauth2(ANALYST).when().get("/api/v1/risks/heat-map").then().statusCode(200)
                .body("$", hasKey("inherent")).body("$", hasKey("residual"));
        given().auth().oauth2(ANALYST).accept("text/csv").when().get("/api/v1/risks/export").then().statusCode(200)
                .contentType(startsWith("text/csv"));
        given().auth().oauth2(ANALYST).when().get("/api/v1/risks/above-appetite").then().statusCode(200).body("$", hasKey("items"));
        given().auth().oauth2(ANALYST).when().get("/api/v1/risks/by-body").then().statusCode(200).body("body", org.hamcrest.Matchers.hasItem("board"));
        // the template still serves real codes, and a code that is not there is still 404
        given().auth().oauth2(ANALYST).when().get("/api/v1/risks/R-01").then().statusCode(200).body("code", is("R-01"));
        given().auth().oauth2(ANALYST).when().get("/api/v1/risks/heat-maps").then().statusCode(404)
                .body("detail", containsString("heat-maps"));
        for (String path : List.of("heat-map", "export", "above-appetite", "by-body")) {
            given().when().get("/api/v1/risks/" + path).then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void thePlansRisksOnTheHeatMap() {
        JsonPath map = given().auth().oauth2(ANALYST).when().get("/api/v1/risks/heat-map").then().statusCode(200).extract().jsonPath();
        String grid = "inherent.find { it.scale == 'HIGH_MEDIUM_LOW' }.cells";
        assertTrue(map.getList(grid + ".find { it.impact == 'HIGH' && it.likelihood == 'HIGH' }.risks").containsAll(List.of("R-01", "R-06", "R-07")));
        assertTrue(map.getList(grid + ".find { it.impact == 'HIGH' && it.likelihood == 'MEDIUM' }.risks")
                .containsAll(List.of("R-02", "R-03", "R-04", "R-05", "R-08")));
        assertTrue(map.getList("residual.bands.find { it.residualRag == 'AMBER_GREEN' }.risks").containsAll(List.of("R-05", "R-08")));
        assertTrue(map.getList("residual.bands.find { it.residualRag == 'GREEN' }.risks").containsAll(List.of("R-03", "R-04")));
    }

    @Test
    void theHeatMapCountsOpenRisksPerCellAndScaleAndResidualPerRag() {
        String body = body();
        String a = risk(body, Rag.AMBER, null);
        String b = risk(body, Scale.HIGH_MEDIUM_LOW, "HIGH", "MEDIUM", Rag.RED, null, status(RiskStatus.ESCALATED));
        String c = risk(body, Scale.HIGH_MEDIUM_LOW, "LOW", "LOW", null, null, r -> {
        });
        String d = risk(body, Scale.FIVE_BY_FIVE, "5", "3", Rag.AMBER_GREEN, null, status(RiskStatus.ACCEPTED));
        risk(body, Scale.HIGH_MEDIUM_LOW, "HIGH", "MEDIUM", Rag.RED, null, status(RiskStatus.CLOSED));
        JsonPath map = given().auth().oauth2(ANALYST).queryParam("body", body).when().get("/api/v1/risks/heat-map").then()
                .statusCode(200).body("body", is(body)).extract().jsonPath();
        assertEquals(List.of("HIGH_MEDIUM_LOW", "FIVE_BY_FIVE"), map.getList("inherent.scale"));
        assertEquals(3, map.getInt("inherent[0].total"), "the closed risk is not counted");
        assertEquals(9, map.getList("inherent[0].cells").size());
        assertEquals(25, map.getList("inherent[1].cells").size());
        assertEquals(List.of(a, b).stream().sorted().toList(),
                map.getList("inherent[0].cells.find { it.impact == 'HIGH' && it.likelihood == 'MEDIUM' }.risks"));
        assertEquals(2, map.getInt("inherent[0].cells.find { it.impact == 'HIGH' && it.likelihood == 'MEDIUM' }.count"));
        assertEquals("RED", map.getString("inherent[0].cells.find { it.impact == 'HIGH' && it.likelihood == 'MEDIUM' }.matrixRag"));
        assertEquals(List.of(c), map.getList("inherent[0].cells.find { it.impact == 'LOW' && it.likelihood == 'LOW' }.risks"));
        assertEquals(List.of(d), map.getList("inherent[1].cells.find { it.impact == '5' && it.likelihood == '3' }.risks"));
        assertEquals(4, map.getInt("residual.total"));
        assertEquals(List.of("RED", "AMBER", "AMBER_GREEN", "GREEN"), map.getList("residual.bands.residualRag"));
        assertEquals(List.of(1, 1, 1, 0), map.getList("residual.bands.count"));
        assertEquals(List.of(b), map.getList("residual.bands[0].risks"));
        assertEquals(List.of(c), map.getList("residual.notRated.risks"));

        given().auth().oauth2(BOARD).queryParam("body", body).queryParam("basis", "inherent").when().get("/api/v1/risks/heat-map").then()
                .statusCode(200).body("$", hasKey("inherent")).body("$", not(hasKey("residual")));
        given().auth().oauth2(BOARD).queryParam("body", body).queryParam("basis", "RESIDUAL").when().get("/api/v1/risks/heat-map").then()
                .statusCode(200).body("$", not(hasKey("inherent"))).body("residual.total", is(4));
        given().auth().oauth2(BOARD).queryParam("basis", "matrix").when().get("/api/v1/risks/heat-map").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("basis"));
        given().auth().oauth2(BOARD).queryParam("body", body()).when().get("/api/v1/risks/heat-map").then().statusCode(200)
                .body("inherent.size()", is(0)).body("residual.total", is(0));
    }

    @Test
    void theExportIsTheRegisterAsCsvQuotedAndDefused() {
        String body = body();
        String tricky = risk(body, Scale.HIGH_MEDIUM_LOW, "HIGH", "MEDIUM", Rag.AMBER, Rag.GREEN, r -> {
            r.title = "Staffing, \"ready\"\nfor September";
            r.owner = "=HYPERLINK(\"http://evil\",\"x\")";
            r.links.add(new Risk.Link(Risk.Link.Kind.MILESTONE, "M-CS-Q3-01"));
            r.links.add(new Risk.Link(Risk.Link.Kind.MILESTONE, "M-CS-Q2-02"));
            r.links.add(new Risk.Link(Risk.Link.Kind.DEPENDENCY, "D-02"));
        });
        String closed = risk(body, Scale.HIGH_MEDIUM_LOW, "LOW", "LOW", Rag.GREEN, null, r -> {
            r.status = RiskStatus.CLOSED;
            r.title = "-1 places";
            r.closedOn = java.time.LocalDate.of(2026, 10, 1);
        });
        var response = given().auth().oauth2(ANALYST).accept("text/csv").queryParam("body", body).when().get("/api/v1/risks/export")
                .then().statusCode(200).contentType(startsWith("text/csv")).header("Content-Disposition", containsString("risk-register.csv"))
                .extract();
        String csv = response.asString();
        assertTrue(csv.startsWith(String.join(",", RegisterCsv.HEADER) + "\r\n"), csv);
        List<String> expected = List.of(
                String.join(",", RegisterCsv.HEADER),
                tricky + ",\"Staffing, \"\"ready\"\"\nfor September\",WORKFORCE,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"," + body + "," + body
                        + ",OPEN,HIGH_MEDIUM_LOW,HIGH,MEDIUM,AMBER,RED,true,AMBER,GREEN,true,,,M-CS-Q2-02;M-CS-Q3-01,,D-02",
                closed + ",'-1 places,WORKFORCE,," + body + "," + body + ",CLOSED,HIGH_MEDIUM_LOW,LOW,LOW,AMBER,GREEN,true,GREEN,,false,,2026-10-01,,,");
        List<String> records = List.of(csv.split("\r\n"));
        assertEquals(tricky.compareTo(closed) < 0 ? expected : List.of(expected.get(0), expected.get(2), expected.get(1)), records,
                "ordered by code; the closed risk is in the register too");

        given().auth().oauth2(ANALYST).accept("text/csv").queryParam("body", body).queryParam("status", "closed").when()
                .get("/api/v1/risks/export").then().statusCode(200).body(is(expected.get(0) + "\r\n" + expected.get(2) + "\r\n"));
        given().auth().oauth2(ANALYST).accept("text/csv").queryParam("status", "GONE").when().get("/api/v1/risks/export").then()
                .statusCode(400).body("errors[0].field", is("status"));
        given().auth().oauth2(ANALYST).accept("application/json").when().get("/api/v1/risks/export").then().statusCode(406);
    }

    @Test
    void risksAboveAppetiteWorstFirst() {
        String body = body();
        String amberOverGreen = risk(body, Rag.AMBER, Rag.GREEN);
        String redOverAmber = risk(body, Rag.RED, Rag.AMBER);
        String redOverGreen = risk(body, Rag.RED, Rag.GREEN);
        risk(body, Rag.AMBER, Rag.AMBER);
        risk(body, Rag.RED, null);
        risk(body, Scale.HIGH_MEDIUM_LOW, "HIGH", "HIGH", Rag.RED, Rag.GREEN, status(RiskStatus.CLOSED));
        String accepted = risk(body, Scale.HIGH_MEDIUM_LOW, "HIGH", "HIGH", Rag.AMBER_GREEN, Rag.GREEN, status(RiskStatus.ACCEPTED));
        given().auth().oauth2(ANALYST).queryParam("body", body).when().get("/api/v1/risks/above-appetite").then().statusCode(200)
                .header("X-Total-Count", is("4")).body("total", is(4))
                .body("items.code", is(List.of(redOverGreen, redOverAmber, amberOverGreen, accepted)))
                .body("items.levelsAboveAppetite", is(List.of(3, 1, 2, 1)))
                .body("items[0].residualRag", is("RED")).body("items[0].targetRag", is("GREEN")).body("items[0].owningBody", is(body));
        given().auth().oauth2(ANALYST).queryParam("body", body).queryParam("size", 2).queryParam("page", 1).when()
                .get("/api/v1/risks/above-appetite").then().statusCode(200)
                .header("Link", containsString("rel=\"prev\"")).header("Link", containsString("body=" + body))
                .body("items.code", is(List.of(amberOverGreen, accepted)));
        given().auth().oauth2(ANALYST).queryParam("size", 0).when().get("/api/v1/risks/above-appetite").then().statusCode(422)
                .body("errors[0].field", is("size"));
    }

    @Test
    void theRegisterBodyByBody() {
        String body = body();
        String red = risk(body, Rag.RED, Rag.AMBER);
        String escalated = risk(body, Scale.HIGH_MEDIUM_LOW, "HIGH", "HIGH", Rag.AMBER, Rag.AMBER, r -> {
            r.status = RiskStatus.ESCALATED;
            r.homeBody = "send-support";
        });
        risk(body, Scale.HIGH_MEDIUM_LOW, "LOW", "LOW", null, null, status(RiskStatus.ACCEPTED));
        risk(body, Scale.HIGH_MEDIUM_LOW, "LOW", "LOW", Rag.RED, Rag.GREEN, status(RiskStatus.CLOSED));
        JsonPath bodies = given().auth().oauth2(ANALYST).when().get("/api/v1/risks/by-body").then().statusCode(200).extract().jsonPath();
        List<String> order = bodies.getList("body");
        assertTrue(order.indexOf("board") < order.indexOf("rdg") || !order.contains("rdg"), order::toString);
        assertTrue(order.indexOf("board") < order.indexOf(body), order::toString);
        Map<String, Object> mine = bodies.getMap("find { it.body == '" + body + "' }");
        assertEquals(3, mine.get("risks"));
        assertEquals(Map.of("red", 1, "amber", 1, "amberGreen", 0, "green", 0, "notRated", 1), mine.get("byResidualRag"));
        assertEquals(Map.of("red", 0, "amber", 3, "amberGreen", 0, "green", 0, "notRated", 0), mine.get("byAssessedRag"));
        assertEquals(1, mine.get("escalated"));
        assertEquals(1, mine.get("accepted"));
        assertEquals(1, mine.get("aboveAppetite"));
        assertEquals(List.of(red), mine.get("redRisks"));
        assertEquals(List.of(escalated), mine.get("escalatedRisks"));
        assertEquals(List.of(red), mine.get("aboveAppetiteRisks"));
        given().when().get("/api/v1/risks/by-body").then().statusCode(401);
    }
}
