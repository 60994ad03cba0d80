package org.sendreform.risk.view;

import java.util.List;

import org.sendreform.risk.register.Category;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.scoring.Scale;

/** Register entries for the views' unit tests. */
final class Entries {

    private Entries() {
    }

    static RegisterEntry entry(String code, String body, RiskStatus status, Scale scale, String impact, String likelihood, Rag residual,
            Rag target) {
        return new RegisterEntry(code, "Risk " + code, Category.WORKFORCE, null, body, body, status, scale, impact, likelihood, Rag.AMBER,
                residual, target, null, null, List.of(), List.of(), List.of());
    }

    static RegisterEntry hml(String code, String impact, String likelihood, Rag residual) {
        return entry(code, "board", RiskStatus.OPEN, Scale.HIGH_MEDIUM_LOW, impact, likelihood, residual, null);
    }
}
