package org.sendreform.risk.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Review frequency by assessed RAG (send.risk.review-frequency.red|amber|green), for risks with no frequency fixed
 * of their own. The defaults follow the partnership's meeting cycle: see docs/risks.md.
 */
@ConfigMapping(prefix = "send.risk.review-frequency")
public interface ReviewConfig {

    /** Red: every month, so each of the owning workspace's monthly meetings sees it. */
    @WithDefault("MONTHLY")
    ReviewFrequency red();

    /** Amber: every two months, the half-termly cycle of the RDG and the Board. */
    @WithDefault("TWO_MONTHLY")
    ReviewFrequency amber();

    /** Green: every quarter, the cycle of the DfE quarterly return. */
    @WithDefault("QUARTERLY")
    ReviewFrequency green();

    default ReviewSchedule.ByRag byRag() {
        return new ReviewSchedule.ByRag(red(), amber(), green());
    }
}
