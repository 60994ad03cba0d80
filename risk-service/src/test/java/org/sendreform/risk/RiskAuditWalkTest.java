package org.sendreform.risk;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sendreform.platform.testing.AuditWalk;
import org.sendreform.platform.testing.TestTokens;
import org.sendreform.risk.acceptance.AcceptanceTest;
import org.sendreform.risk.register.Category;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Every write of the risk service, each then found in its trail with who and when (see {@link AuditWalk}). */
@QuarkusTest
class RiskAuditWalkTest extends AuditWalk {

    static final String PM = TestTokens.user("programme.manager", "programme-manager");
    static final String RDG = TestTokens.user("rdg.member", "rdg-member");
    static final String BOARD = TestTokens.user("board.member", "board-member");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static RequestSpecification as(String token, String ifMatchOf) {
        RequestSpecification request = given().auth().oauth2(token).contentType("application/json");
        return ifMatchOf == null ? request : request.header("If-Match", etag(ifMatchOf));
    }

    static String etag(String path) {
        return given().auth().oauth2(PM).when().get(path).then().statusCode(200).extract().header("ETag");
    }

    static Recorded history(String risk) {
        return newest(PM, "/api/v1/risks/" + risk + "/history");
    }

    static String fresh(String body) {
        return TestRisks.fresh(Category.WORKFORCE, body, RiskStatus.OPEN, Rag.AMBER);
    }

    static String risk(String code) {
        return "/api/v1/risks/" + code;
    }

    static int mitigation(String code) {
        return as(PM, null).body("{\"action\": \"Joint recruitment campaign\", \"owner\": \"Workforce lead\", \"dueDate\": \""
                + LocalDate.now().plusMonths(2) + "\"}").when().post(risk(code) + "/mitigations").then().statusCode(201).extract().path("id");
    }

    static void escalate(String code) {
        as(RDG, risk(code)).body("{\"rationale\":\"delivery confidence dropped\"}").when().post(risk(code) + "/escalations")
                .then().statusCode(201);
    }

    @Override
    protected List<Write> writes() {
        return List.of(
                new Write("raiseRisk", "programme.manager", () -> {
                    String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                    as(PM, null).body("{\"code\":\"" + code + "\",\"title\":\"Specialist Base staffing not ready\",\"description\":\"late\","
                            + "\"category\":\"WORKFORCE\",\"owner\":\"Head of SEND Sufficiency\",\"owningBody\":\"capital-sufficiency\","
                            + "\"impact\":\"HIGH\",\"likelihood\":\"MEDIUM\",\"assessedRag\":\"AMBER\",\"residualRag\":\"AMBER_GREEN\"}")
                            .when().post("/api/v1/risks").then().statusCode(201);
                    return history(code);
                }),
                new Write("updateRisk", "programme.manager", () -> {
                    String code = fresh("qa-data-digital");
                    as(PM, risk(code)).contentType("application/merge-patch+json").body("{\"owner\":\"QA lead\"}").when().patch(risk(code))
                            .then().statusCode(200);
                    return history(code);
                }),
                new Write("rescoreRisk", "rdg.member", () -> {
                    String code = fresh("qa-data-digital");
                    as(RDG, risk(code)).body("{\"impact\":\"HIGH\",\"likelihood\":\"LOW\",\"assessedRag\":\"GREEN\",\"residualRag\":\"GREEN\","
                            + "\"rationale\":\"mitigations working\"}").when().post(risk(code) + "/scores").then().statusCode(201);
                    return history(code);
                }),
                new Write("reviewRisk", "rdg.member", () -> {
                    String code = fresh("qa-data-digital");
                    as(RDG, risk(code)).body("{\"outcome\": \"Reviewed at the workspace; the scores stand\", \"scoresUnchanged\": true}")
                            .when().post(risk(code) + "/reviews").then().statusCode(201);
                    return history(code);
                }),
                new Write("escalateRisk", "rdg.member", () -> {
                    String code = fresh("commissioning-workforce");
                    escalate(code);
                    return history(code);
                }),
                new Write("deEscalateRisk", "board.member", () -> {
                    // up the route to the Board first: a risk comes down only as far as it went up
                    String code = fresh("commissioning-workforce");
                    escalate(code);
                    escalate(code);
                    as(BOARD, risk(code)).body("{\"toBody\":\"rdg\",\"rationale\":\"the workspace holds the mitigations\"}")
                            .when().post(risk(code) + "/de-escalations").then().statusCode(201);
                    return history(code);
                }),
                new Write("closeRisk", "programme.manager", () -> {
                    String code = fresh("commissioning-workforce");
                    as(PM, risk(code)).body("{\"rationale\": \"The workforce plan is in place\"}").when().post(risk(code) + "/closure")
                            .then().statusCode(200);
                    return history(code);
                }),
                new Write("acceptRisk", "programme.manager", () -> {
                    // the Board's decision arrives from governance before the risk is on the register here
                    String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
                    String control = fresh("board");
                    long decision = AcceptanceTest.newId();
                    try {
                        AcceptanceTest.decide(bootstrap, UUID.randomUUID().toString(), decision, "board", code);
                        AcceptanceTest.decide(bootstrap, UUID.randomUUID().toString(), AcceptanceTest.newId(), "board", control);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    await().atMost(Duration.ofSeconds(20)).until(() -> "ACCEPTED".equals(given().auth().oauth2(PM).when()
                            .get(risk(control)).then().extract().path("status")));
                    TestRisks.fresh(Category.WORKFORCE, "board", RiskStatus.OPEN, Rag.AMBER, code);
                    as(PM, risk(code)).body("{\"decisionId\":" + decision + "}").when().post(risk(code) + "/acceptance").then().statusCode(201);
                    return history(code);
                }),
                new Write("addRiskMitigation", "programme.manager", () -> {
                    String code = fresh("commissioning-workforce");
                    mitigation(code);
                    return history(code);
                }),
                new Write("updateRiskMitigation", "rdg.member", () -> {
                    String code = fresh("commissioning-workforce");
                    String path = risk(code) + "/mitigations/" + mitigation(code);
                    as(RDG, path).contentType("application/merge-patch+json").body("{\"status\":\"IN_PROGRESS\"}").when().patch(path)
                            .then().statusCode(200);
                    return history(code);
                }),
                new Write("updateDependency", "programme.manager", () -> {
                    String code = "T-D-" + UUID.randomUUID().toString().substring(0, 8);
                    QuarkusTransaction.requiringNew().run(() -> org.sendreform.risk.register.Risk.getEntityManager()
                            .createNativeQuery("insert into dependency (code, title, description) values (?1, 'Test dependency', 'as worded')")
                            .setParameter(1, code).executeUpdate());
                    String path = "/api/v1/dependencies/" + code;
                    as(PM, path).contentType("application/merge-patch+json")
                            .body("{\"status\": \"AT_RISK\", \"statusNote\": \"Two builds are a term late\"}").when().patch(path)
                            .then().statusCode(200);
                    return newest(PM, path + "/history");
                }));
    }
}
