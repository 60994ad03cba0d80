package org.sendreform.metrics.spend;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Grant spend settings (environment: SEND_SPEND_OWNER_ORG, SEND_SPEND_AT_RISK_MARGIN). */
@ConfigMapping(prefix = "send.spend")
public interface SpendConfig {

    /** The grant's finance data owner: the only partner organisation (token claim org) that may submit actual spend. */
    @WithDefault("coventry-la-finance")
    String ownerOrg();

    /** Percentage points of headroom below which a condition that holds is AT_RISK (docs/spend.md). */
    @WithDefault("1")
    BigDecimal atRiskMargin();
}
