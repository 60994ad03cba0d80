package org.sendreform.governance;

import static io.restassured.RestAssured.given;

import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sendreform.governance.action.ActionResourceTest;
import org.sendreform.governance.body.TaskAndFinishTest;
import org.sendreform.governance.decision.DecisionResourceTest;
import org.sendreform.governance.escalation.EscalationTest;
import org.sendreform.governance.meeting.MeetingResourceTest;
import org.sendreform.governance.pack.PackTest;
import org.sendreform.governance.qa.QaReportResourceTest;
import org.sendreform.governance.quarterlyreturn.ReturnTest;
import org.sendreform.governance.wesaid.WeSaidTest;
import org.sendreform.platform.testing.AuditWalk;
import org.sendreform.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every write of the governance service, each then found in its trail with who and when (see {@link AuditWalk}):
 * the history of actions, bodies, escalations, meetings, QA reports and "we said / we did" items; decisions, packs
 * and quarterly returns, which have no history endpoint, in the audit_entry table. A change is made by someone other
 * than whoever made the item, so that the entry read back is the change's own and not the item's first.
 */
@QuarkusTest
class GovernanceAuditWalkTest extends AuditWalk {

    static final String SECRETARY = ActionResourceTest.SECRETARY;
    static final String RDG = DecisionResourceTest.RDG;
    static final String PM = ReturnTest.PM;
    static final String QA_LEAD = QaReportResourceTest.LEAD;
    static final String ADMIN = TestTokens.user("admin", "admin");

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** A new action from a Board meeting, kept by the board secretary; its id. */
    static int action() {
        long meeting = ActionResourceTest.meetingOf("board");
        return ActionResourceTest.create(SECRETARY, ActionResourceTest.action(meeting, ActionResourceTest.meetingDate(meeting).plusDays(30), ""))
                .statusCode(201).extract().path("id");
    }

    /** The first meeting of a new body's schedule for 2027/28, made by an RDG member; its id. */
    static long meeting() {
        return MeetingResourceTest.schedule(RDG, MeetingResourceTest.parentAndChild()[0], "AY2027-28").statusCode(201)
                .extract().jsonPath().getLong("[0].id");
    }

    static long qaReport() {
        return QaReportResourceTest.create(QA_LEAD, QaReportResourceTest.body(QaReportResourceTest.provider(), "DRAFT")).statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** A draft return of a quarter long past, that no other test drafts; its id. */
    static long draftReturn(String quarter) {
        return ReturnTest.create(PM, quarter).statusCode(201).extract().jsonPath().getLong("id");
    }

    static long weSaid() {
        return WeSaidTest.create(PM, WeSaidTest.item("")).statusCode(201).extract().jsonPath().getLong("id");
    }

    Recorded auditEntry(String type, long id) {
        return newestAuditEntry(dataSource, type, Long.toString(id));
    }

    @Override
    protected List<Write> writes() {
        return List.of(
                new Write("createAction", "board.secretary", () -> newest(SECRETARY, "/api/v1/actions/" + action() + "/history")),
                new Write("updateAction", "programme.manager", () -> {
                    int id = action();
                    ActionResourceTest.patch(PM, id, "\"0\"", "{\"owner\":\"Head of SEND\"}").statusCode(200);
                    return newest(SECRETARY, "/api/v1/actions/" + id + "/history");
                }),
                new Write("disbandTaskAndFinishGroup", "programme.manager", () -> {
                    String code = TaskAndFinishTest.newCode();
                    TaskAndFinishTest.decide(RDG, TaskAndFinishTest.proposal(code)).statusCode(201);
                    given().auth().oauth2(PM).contentType("application/json").header("If-Match", TaskAndFinishTest.etag(code))
                            .body("{\"reason\":\"not needed after all\"}").when().post("/api/v1/bodies/" + code + "/disbandment")
                            .then().statusCode(200);
                    return newest(RDG, "/api/v1/bodies/" + code + "/history");
                }),
                new Write("recordDecision", "rdg.member", () -> auditEntry("decision",
                        DecisionResourceTest.record(RDG, DecisionResourceTest.decision("rdg", "OPERATIONAL", "")).statusCode(201)
                                .extract().jsonPath().getLong("id"))),
                new Write("closeEscalation", "admin", () -> {
                    // risk-service escalates a risk to the Board; the Board answers it by a decision, then closes it
                    long id;
                    try {
                        id = EscalationTest.raised(bootstrap, EscalationTest.fresh(), "rdg", "board");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    DecisionResourceTest.record(SECRETARY, DecisionResourceTest.decision("board", "DIRECT_RDG", ",\"answersEscalation\":" + id))
                            .statusCode(201);
                    EscalationTest.close(ADMIN, id, EscalationTest.etag(id), "{\"note\":\"recovery plan received\"}").statusCode(200);
                    return newest(RDG, "/api/v1/escalations/" + id + "/history");
                }),
                new Write("scheduleMeetings", "rdg.member", () -> newest(RDG, "/api/v1/meetings/" + meeting() + "/history")),
                new Write("updateMeeting", "programme.manager", () -> {
                    long id = meeting();
                    MeetingResourceTest.patch(PM, id, MeetingResourceTest.etag(id), "{\"status\":\"CANCELLED\"}").statusCode(200);
                    return newest(RDG, "/api/v1/meetings/" + id + "/history");
                }),
                new Write("addAgendaItem", "programme.manager", () -> {
                    long id = meeting();
                    given().auth().oauth2(PM).contentType("application/json").header("If-Match", MeetingResourceTest.etag(id))
                            .body("{\"kind\":\"PAPER\",\"title\":\"Options paper: therapy model\",\"paperRef\":\"RDG/2027/09/01\"}")
                            .when().post("/api/v1/meetings/" + id + "/agenda").then().statusCode(201);
                    return newest(RDG, "/api/v1/meetings/" + id + "/history");
                }),
                new Write("issuePack", "board.secretary", () -> auditEntry("pack", given().auth().oauth2(SECRETARY)
                        // the year's last Board meeting: the pack tests issue for the others and count their versions
                        .contentType("application/json").body("{\"meeting\":" + PackTest.boardMeeting(5) + "}").when()
                        .post("/api/v1/packs").then().statusCode(201).extract().jsonPath().getLong("id"))),
                new Write("createQaReport", "qa.lead", () -> newest(QA_LEAD, "/api/v1/qa-reports/" + qaReport() + "/history")),
                new Write("updateQaReport", "programme.manager", () -> {
                    long id = qaReport();
                    QaReportResourceTest.patch(PM, id, "\"0\"", "{\"findings\":\"Outcomes were weakest in education sections.\"}")
                            .statusCode(200);
                    return newest(QA_LEAD, "/api/v1/qa-reports/" + id + "/history");
                }),
                new Write("createReturn", "programme.manager", () -> auditEntry("return", draftReturn("FY2015-16-Q1"))),
                new Write("refreshReturn", "admin", () -> {
                    long id = draftReturn("FY2015-16-Q2");
                    given().auth().oauth2(ADMIN).header("If-Match", ReturnTest.etag(id)).when().post("/api/v1/returns/" + id + "/refresh")
                            .then().statusCode(200);
                    return auditEntry("return", id);
                }),
                new Write("signReturn", "council.signatory", () -> {
                    long id = draftReturn("FY2015-16-Q3");
                    ReturnTest.sign(ReturnTest.COUNCIL, id, ReturnTest.etag(id)).statusCode(201);
                    return auditEntry("return", id);
                }),
                new Write("createWeSaidWeDid", "programme.manager", () -> newest(PM, "/api/v1/we-said-we-did/" + weSaid() + "/history")),
                new Write("updateWeSaidWeDid", "board.secretary", () -> {
                    long id = weSaid();
                    WeSaidTest.patch(SECRETARY, id, "\"0\"", "{\"notes\":\"Ask SENDIASS for numbers\"}").statusCode(200);
                    return newest(PM, "/api/v1/we-said-we-did/" + id + "/history");
                }));
    }
}
