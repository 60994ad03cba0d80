package org.sendreform.risk;

import java.util.List;
import java.util.UUID;

import org.sendreform.risk.register.Category;
import org.sendreform.risk.register.Risk;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.scoring.Scale;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** A fresh risk of its own for each test (High × Medium, assessed Amber), so tests never share state. */
public final class TestRisks {

    private TestRisks() {
    }

    public static String fresh(Category category, String owningBody, RiskStatus status, Rag residual) {
        return fresh(category, owningBody, status, residual, "T-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public static String fresh(Category category, String owningBody, RiskStatus status, Rag residual, String code) {
        QuarkusTransaction.requiringNew().run(() -> {
            Risk r = new Risk();
            r.code = code;
            r.title = "Test risk";
            r.description = "test";
            r.category = category;
            r.owningBody = owningBody;
            r.status = status;
            r.scale = Scale.HIGH_MEDIUM_LOW;
            r.inherentImpact = "HIGH";
            r.inherentLikelihood = "MEDIUM";
            r.assessedRag = Rag.AMBER;
            r.residualRag = residual;
            r.persist();
        });
        return code;
    }

    /** The types of the events recorded in the outbox for one item (risk or dependency code), oldest first. */
    @SuppressWarnings("unchecked")
    public static List<String> outbox(String aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> Risk.getEntityManager()
                .createNativeQuery("select type from outbox_event where aggregate_id = ?1 order by id", String.class)
                .setParameter(1, aggregateId).getResultList());
    }
}
