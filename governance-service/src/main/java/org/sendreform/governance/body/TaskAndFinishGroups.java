package org.sendreform.governance.body;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.event.Outbox;
import org.sendreform.platform.problem.ProblemException;

/**
 * Applies the steps of a Task and Finish group's life ({@link TaskAndFinishLifecycle}) in the transaction of the
 * decision or request that takes them: an RDG proposal creates the group PROPOSED, a Board ratification makes it
 * ACTIVE (and announces it), disbanding ends it. Each step is in the group's history.
 */
@ApplicationScoped
public class TaskAndFinishGroups {

    /** What a Task and Finish group may decide until its own terms say otherwise: within the RDG's delegation. */
    static final List<DecisionType> RIGHTS = List.of(DecisionType.OPERATIONAL, DecisionType.RECOMMEND, DecisionType.ESCALATE);

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Refuses (409) a decision or action of a body that may not work now: a proposed or disbanded group. */
    public static void requireWorking(Body body) {
        TaskAndFinishLifecycle.workRefusal(body.kind, body.status, body.code).ifPresent(why -> {
            throw ProblemException.conflict(why);
        });
    }

    /** The group proposed is new; checked before the proposing decision is stored. */
    public static void requireNew(String code) {
        if (Body.findById(code) != null) {
            throw ProblemException.invalid("proposesGroup.code", "a body already has the code " + code);
        }
    }

    /** The group to be ratified, locked; refused (422 or 409) before the ratifying decision is stored. */
    public static Body ratifiable(String code) {
        Body group = Body.<Body>findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.invalid("ratifiesGroup", "no body has the code " + code));
        if (group.kind != BodyKind.TASK_AND_FINISH) {
            throw ProblemException.invalid("ratifiesGroup", code + " is not a Task and Finish group");
        }
        TaskAndFinishLifecycle.ratifyRefusal(group.kind, group.status, group.code).ifPresent(why -> {
            throw ProblemException.conflict(why);
        });
        return group;
    }

    public Body propose(String proposingBody, long decisionId, String code, String name, String purpose, String chairRole) {
        Body group = new Body();
        group.code = code;
        group.name = name;
        group.kind = BodyKind.TASK_AND_FINISH;
        group.purpose = purpose;
        group.chairRole = chairRole;
        group.cadence = Cadence.AS_NEEDED;
        group.cadenceSource = "Task and Finish group: meets as needed (terms of reference, May 2026)";
        // accountable to the RDG that proposed it, and escalates to it
        group.parentCode = proposingBody;
        group.status = BodyStatus.PROPOSED;
        group.proposedByDecision = decisionId;
        RIGHTS.forEach(t -> group.decisionRights.add(new Body.DecisionRight(t, false)));
        group.persist();
        group.flush();
        audit.record("body", code, "PROPOSED", null, BodyView.of(group, LocalDate.now(clock)));
        return group;
    }

    public void ratify(Body group, long decisionId) {
        LocalDate today = LocalDate.now(clock);
        BodyView before = BodyView.of(group, today);
        group.status = BodyStatus.ACTIVE;
        group.ratifiedByDecision = decisionId;
        group.flush();
        audit.record("body", group.code, "RATIFIED", before, BodyView.of(group, today));
        outbox.publish(TaskAndFinishRatified.TYPE, "body", group.code, group.code,
                new TaskAndFinishRatified(group.code, group.name, group.parentCode, group.proposedByDecision, decisionId,
                        audit.caller().name()));
    }

    public void disband(Body group, String reason) {
        TaskAndFinishLifecycle.disbandRefusal(group.kind, group.status, group.code).ifPresent(why -> {
            throw ProblemException.conflict(why);
        });
        LocalDate today = LocalDate.now(clock);
        BodyView before = BodyView.of(group, today);
        group.status = BodyStatus.DISBANDED;
        group.disbandedOn = today;
        group.disbandedReason = reason;
        group.disbandedBy = audit.caller().name();
        group.flush();
        audit.record("body", group.code, "DISBANDED", before, BodyView.of(group, today));
    }
}
