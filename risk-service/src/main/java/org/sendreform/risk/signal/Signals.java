package org.sendreform.risk.signal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sendreform.platform.event.Outbox;
import org.sendreform.risk.register.Risk;

/**
 * Records a signal, on a risk or in triage (risk null), in the consuming transaction. A signal that attaches to a
 * risk is announced as risk-signal-received through the outbox, in the same transaction, so it is published exactly
 * when the signal is stored (and, like the signal, once per event: the inbox lets each event take effect once).
 */
@ApplicationScoped
public class Signals {

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public RiskSignal raise(Risk risk, UUID event, String source, String kind, String subject, String period, String detail,
            String oldStatus, String newStatus) {
        RiskSignal s = RiskSignal.raise(risk, event, source, kind, subject, period, detail, oldStatus, newStatus);
        if (risk != null) {
            outbox.publish(RiskSignalReceived.TYPE, "risk", risk.code, risk.code, RiskSignalReceived.of(s));
        }
        return s;
    }
}
