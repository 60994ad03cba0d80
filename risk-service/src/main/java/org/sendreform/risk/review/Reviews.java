package org.sendreform.risk.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;

import org.jboss.logging.Logger;
import org.sendreform.platform.time.ClockProducer;
import org.sendreform.risk.register.Risk;
import org.sendreform.risk.signal.RiskSignal;

/**
 * Keeps each risk's review schedule: the frequency in force, the last review and the next review date. A review
 * (POST .../reviews) and a re-score both count; either answers the signals that proposed a review. Risks never
 * scheduled (the seed at first start, risks from before reviews existed) are scheduled at start, from the day they
 * were raised, before the register is announced: part of loading the register, like the seed itself, so not an
 * audited change (their new version is announced).
 */
@ApplicationScoped
public class Reviews {

    private static final Logger LOG = Logger.getLogger(Reviews.class);

    @Inject
    ReviewConfig config;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Sets the frequency in force (by the assessed RAG unless fixed for the risk) and the next review, counted from {@code from}. */
    public void schedule(Risk risk, LocalDate from) {
        risk.reviewFrequency = ReviewSchedule.frequency(risk.reviewFrequencyFixed ? risk.reviewFrequency : null, risk.assessedRag,
                config.byRag());
        risk.nextReviewDate = ReviewSchedule.next(from, risk.reviewFrequency);
    }

    /** Schedules again from the last review, or from the day the risk was raised: after its frequency changed. */
    public void reschedule(Risk risk) {
        schedule(risk, risk.lastReviewedOn != null ? risk.lastReviewedOn
                : risk.createdAt != null ? LocalDate.ofInstant(risk.createdAt, ClockProducer.ZONE) : today());
    }

    /**
     * Records a review of the risk, by {@code reviewer}, today: the last and next review dates move and the signals
     * waiting on the risk are answered (a signal proposes a review; this is it). The caller audits and announces.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RiskReview record(Risk risk, RiskReview.Kind kind, String outcome, boolean scoresUnchanged, String reviewer) {
        LocalDate today = today();
        risk.lastReviewedOn = today;
        schedule(risk, today);
        RiskReview review = new RiskReview();
        review.riskId = risk.id;
        review.kind = kind;
        review.outcome = outcome;
        review.scoresUnchanged = scoresUnchanged;
        review.assessedRag = risk.assessedRag;
        review.residualRag = risk.residualRag;
        review.reviewedBy = reviewer;
        review.reviewedOn = today;
        review.nextReviewDate = risk.nextReviewDate;
        review.signalsAnswered = RiskSignal.update("reviewedAt = ?1 where risk = ?2 and reviewedAt is null", clock.instant(), risk);
        review.persist();
        return review;
    }

    /** Runs before RiskAnnouncements' start-up announcement (lower priority first), so the first announcement has the dates. */
    @Transactional
    void scheduleUnscheduled(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        Risk.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('risk review schedule'))").getSingleResult();
        List<Risk> unscheduled = Risk.list("nextReviewDate is null and status <> ?1 order by code",
                org.sendreform.risk.register.RiskStatus.CLOSED);
        unscheduled.forEach(this::reschedule);
        if (!unscheduled.isEmpty()) {
            LOG.infof("scheduled the first review of %d risks", unscheduled.size());
        }
    }
}
