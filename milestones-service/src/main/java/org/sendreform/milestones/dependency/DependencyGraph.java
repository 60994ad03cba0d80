package org.sendreform.milestones.dependency;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's milestones and their predecessor → successor links, and what follows from them: the earliest date
 * each milestone can finish given its predecessors (its implied date), which successors a late predecessor puts
 * at risk, and the chain of milestones that drives a date. Plain Java, so the rules are unit-tested alone.
 *
 * <p>Only open milestones carry lateness down a chain. A completed milestone is done, whatever its
 * predecessors; a cancelled one does not hold anything back.
 */
public final class DependencyGraph {

    /**
     * A milestone as the rules see it. {@code expected} is when it is expected to finish on its own: its
     * completion date when complete; when open, its forecast (or due date), or today if that has passed.
     */
    public record Node(String code, String title, boolean open, boolean cancelled, LocalDate dueDate, LocalDate expected) {
    }

    public record Link(String predecessor, String successor) {
    }

    /** Why {@code predecessor} (held back by {@code origin}, possibly itself) puts a milestone at risk. */
    public record Flag(String predecessor, String origin, LocalDate date, String reason) {
    }

    /** A milestone in a driving chain with its own expected date and the date its predecessors imply. */
    public record Step(String code, String title, LocalDate dueDate, LocalDate expected, LocalDate implied) {
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, List<String>> predecessors = new HashMap<>();
    private final Map<String, List<String>> successors = new HashMap<>();
    private final Map<String, LocalDate> implied = new HashMap<>();

    public DependencyGraph(Collection<Node> nodes, Collection<Link> links) {
        nodes.forEach(n -> this.nodes.put(n.code(), n));
        for (Link link : links) {
            predecessors.computeIfAbsent(link.successor(), k -> new ArrayList<>()).add(link.predecessor());
            successors.computeIfAbsent(link.predecessor(), k -> new ArrayList<>()).add(link.successor());
        }
    }

    /**
     * The cycle that linking {@code predecessor} → {@code successor} would close, spelled from the predecessor
     * round to itself (e.g. [A, B, C, A]), or empty when the link is safe. A milestone depending on itself is
     * the shortest cycle.
     */
    public Optional<List<String>> cycleIfLinked(String predecessor, String successor) {
        // A cycle closes when the successor already leads, through successors, to the predecessor.
        Map<String, String> reachedFrom = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(successor));
        reachedFrom.put(successor, null);
        while (!queue.isEmpty()) {
            String at = queue.removeFirst();
            if (at.equals(predecessor)) {
                List<String> path = new ArrayList<>();
                for (String step = at; step != null; step = reachedFrom.get(step)) {
                    path.add(0, step);
                }
                path.add(0, predecessor);
                return Optional.of(path);
            }
            for (String next : successors.getOrDefault(at, List.of())) {
                if (!reachedFrom.containsKey(next)) {
                    reachedFrom.put(next, at);
                    queue.addLast(next);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The earliest a milestone can finish: its own expected date, or a later one an open predecessor chain
     * implies. Empty for a cancelled or unknown milestone.
     */
    public Optional<LocalDate> impliedDate(String code) {
        return Optional.ofNullable(implied(code));
    }

    private LocalDate implied(String code) {
        Node node = nodes.get(code);
        if (node == null || node.cancelled()) {
            return null;
        }
        if (!node.open()) {
            return node.expected();
        }
        LocalDate known = implied.get(code);
        if (known != null) {
            return known;
        }
        LocalDate date = node.expected();
        for (String p : predecessors.getOrDefault(code, List.of())) {
            LocalDate before = openImplied(p);
            if (before != null && before.isAfter(date)) {
                date = before;
            }
        }
        implied.put(code, date);
        return date;
    }

    /** The implied date of a predecessor that is still open (a finished or cancelled one holds nothing back). */
    private LocalDate openImplied(String code) {
        Node node = nodes.get(code);
        return node != null && node.open() ? implied(code) : null;
    }

    /** The open predecessor with the latest implied date, if any. */
    private Optional<String> latestPredecessor(String code) {
        return predecessors.getOrDefault(code, List.of()).stream().filter(p -> openImplied(p) != null)
                .max(Comparator.comparing(this::openImplied).thenComparing(Comparator.reverseOrder()));
    }

    /**
     * The flag an open milestone should carry: set when some open predecessor (directly or down its own chain)
     * cannot finish by this milestone's due date. Empty for a milestone that is safe, finished or cancelled.
     */
    public Optional<Flag> flag(String code) {
        Node node = nodes.get(code);
        if (node == null || !node.open()) {
            return Optional.empty();
        }
        return latestPredecessor(code).filter(p -> openImplied(p).isAfter(node.dueDate())).map(p -> {
            LocalDate date = openImplied(p);
            List<Step> chain = drivingChain(p);
            String origin = chain.get(0).code();
            Node by = nodes.get(p);
            String reason = origin.equals(p)
                    ? "%s (%s) is expected on %s, after this milestone's due date %s".formatted(p, by.title(), date, node.dueDate())
                    : "%s (%s) cannot finish before %s because of %s (%s), after this milestone's due date %s".formatted(p,
                            by.title(), date, origin, nodes.get(origin).title(), node.dueDate());
            return new Flag(p, origin, date, reason);
        });
    }

    /**
     * The milestones that drive {@code code}'s date, from the one whose own date sets it down to {@code code}
     * itself: at each step, the open predecessor with the latest implied date, while that is later than the
     * step's own expected date. A milestone whose own date rules is a chain of one.
     */
    public List<Step> drivingChain(String code) {
        List<Step> chain = new ArrayList<>();
        String at = code;
        while (at != null) {
            Node node = nodes.get(at);
            chain.add(0, new Step(node.code(), node.title(), node.dueDate(), node.expected(), implied(at)));
            if (!node.open()) {
                break;
            }
            Node current = node;
            at = latestPredecessor(at).filter(p -> openImplied(p).isAfter(current.expected())).orElse(null);
        }
        return chain;
    }

    public Collection<Node> nodes() {
        return nodes.values();
    }
}
