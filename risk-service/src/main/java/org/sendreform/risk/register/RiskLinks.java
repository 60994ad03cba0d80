package org.sendreform.risk.register;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.sendreform.platform.problem.FieldErrors;

/**
 * A risk's links by code to milestones and measures (other services' items, checked for form only: this service
 * does not call them) and to the plan's programme dependencies (held here, so they must exist).
 */
public final class RiskLinks {

    /** A milestone's or measure's code as the other services write them: M-CS-Q2-02, EHCP-20WK. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");

    private RiskLinks() {
    }

    /**
     * Checks the three lists (absent ones count as empty) and returns the links they make; each problem is added to
     * {@code errors} naming the field and index, e.g. {@code dependencies[1]}.
     */
    public static List<Risk.Link> of(List<String> milestones, List<String> measures, List<String> dependencies, FieldErrors errors) {
        List<Risk.Link> links = new ArrayList<>();
        add(links, Risk.Link.Kind.MILESTONE, "milestones", milestones, errors);
        add(links, Risk.Link.Kind.MEASURE, "measures", measures, errors);
        List<String> known = dependencies == null || dependencies.isEmpty() ? List.of()
                : Risk.getEntityManager().createNativeQuery("select code from dependency", String.class).getResultList();
        for (int i = 0; dependencies != null && i < dependencies.size(); i++) {
            String code = dependencies.get(i);
            errors.check(code == null || known.contains(code), "dependencies[" + i + "]",
                    "is not one of the plan's dependencies " + known.stream().sorted().toList());
        }
        add(links, Risk.Link.Kind.DEPENDENCY, "dependencies", dependencies, errors);
        return links;
    }

    /** The codes of one kind, as a client sends and reads them. */
    public static List<String> codes(Risk risk, Risk.Link.Kind kind) {
        return risk.links.stream().filter(l -> l.kind == kind).map(l -> l.targetCode).sorted().toList();
    }

    private static void add(List<Risk.Link> links, Risk.Link.Kind kind, String field, List<String> codes, FieldErrors errors) {
        if (codes == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String at = field + "[" + i + "]";
            if (code == null || !CODE.matcher(code).matches()) {
                errors.add(at, "must be a code of letters, digits, '.', '_' or '-' (at most 60), like "
                        + (kind == Risk.Link.Kind.MILESTONE ? "M-CS-Q2-02" : kind == Risk.Link.Kind.MEASURE ? "EHCP-20WK" : "D-05"));
            } else if (!seen.add(code)) {
                errors.add(at, "names " + code + " twice");
            } else {
                links.add(new Risk.Link(kind, code));
            }
        }
    }
}
