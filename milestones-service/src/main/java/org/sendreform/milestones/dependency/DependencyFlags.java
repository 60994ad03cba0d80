package org.sendreform.milestones.dependency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sendreform.milestones.milestone.Milestone;
import org.sendreform.milestones.milestone.MilestoneAnnouncements;
import org.sendreform.milestones.milestone.MilestoneStatus;
import org.sendreform.milestones.milestone.MilestoneView;
import org.sendreform.milestones.milestone.PlanChanged;
import org.sendreform.milestones.milestone.Slippage;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.audit.AuditTrail.Actor;
import org.sendreform.platform.event.Outbox;

/**
 * Keeps each milestone's dependency flag true to the plan: after every change (and daily, as the calendar
 * moves), the whole graph is evaluated and a successor is flagged at risk, or cleared, where that changed.
 * A new flag is audited, announced and published as milestone-flagged-at-risk; a cleared or reworded one is
 * audited and announced.
 */
@ApplicationScoped
public class DependencyFlags {

    static final Actor RULE = Actor.rule("milestones-service", "dependency rule");

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    MilestoneAnnouncements announcements;

    @Transactional(Transactional.TxType.MANDATORY)
    void follow(@Observes PlanChanged change) {
        refresh(change.today());
    }

    /** The plan's graph as of {@code today}, from the stored milestones and links. */
    static DependencyGraph graph(List<Milestone> milestones, LocalDate today) {
        List<DependencyGraph.Node> nodes = milestones.stream().map(m -> node(m, today)).toList();
        List<DependencyGraph.Link> links = Dependency.<Dependency>listAll().stream()
                .map(d -> new DependencyGraph.Link(d.predecessorCode, d.successorCode)).toList();
        return new DependencyGraph(nodes, links);
    }

    static DependencyGraph.Node node(Milestone m, LocalDate today) {
        return new DependencyGraph.Node(m.code, m.title, m.open(), m.status == MilestoneStatus.CANCELLED, m.dueDate,
                Slippage.expected(m.status, m.dueDate, m.forecastDate, m.completedOn, today));
    }

    /** Re-evaluates every flag; changes only the milestones whose flag changed. Call with the plan locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(LocalDate today) {
        List<Milestone> milestones = Milestone.listAll();
        DependencyGraph graph = graph(milestones, today);
        Map<String, Milestone> byCode = milestones.stream().collect(Collectors.toMap(m -> m.code, Function.identity()));
        record Changed(Milestone milestone, MilestoneView before, boolean raised) {
        }
        List<Changed> changed = new ArrayList<>();
        for (DependencyGraph.Node node : graph.nodes()) {
            Milestone m = byCode.get(node.code());
            DependencyGraph.Flag flag = graph.flag(node.code()).orElse(null);
            String reason = flag == null ? null : flag.reason();
            if (Objects.equals(reason, m.dependencyRisk)) {
                continue;
            }
            MilestoneView before = MilestoneView.of(m, today);
            boolean raised = m.dependencyRisk == null;
            m.dependencyRisk = reason;
            m.dependencyRiskFrom = flag == null ? null : flag.predecessor();
            m.dependencyFlaggedOn = flag == null ? null : raised ? today : m.dependencyFlaggedOn;
            changed.add(new Changed(m, before, raised));
            if (flag != null && raised) {
                outbox.publish(MilestoneFlaggedAtRisk.TYPE, "milestone", m.code, m.code, new MilestoneFlaggedAtRisk(m.code, m.title,
                        m.workspaceCode, m.dueDate, flag.predecessor(), flag.origin(), flag.date(), reason, List.copyOf(m.riskCodes)));
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        Milestone.getEntityManager().flush();
        for (Changed c : changed) {
            Milestone m = c.milestone();
            String action = m.dependencyRisk == null ? "DEPENDENCY_FLAG_CLEARED" : c.raised() ? "FLAGGED_AT_RISK" : "DEPENDENCY_FLAG_CHANGED";
            audit.record("milestone", m.code, action, c.before(), MilestoneView.of(m, today), RULE);
            announcements.announce(m);
        }
    }
}
