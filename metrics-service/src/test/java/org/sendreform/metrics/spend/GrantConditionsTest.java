package org.sendreform.metrics.spend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GrantConditionsTest {

    static final GrantConditions.Condition DIRECT = GrantConditions.condition(ConditionBucket.DIRECT_DELIVERY);
    static final GrantConditions.Condition ADMIN = GrantConditions.condition(ConditionBucket.EAH_ADMINISTRATION);
    static final GrantConditions.Condition LA = GrantConditions.condition(ConditionBucket.LA_TRANSFORMATION);
    static final BigDecimal MARGIN = BigDecimal.ONE;

    static ConditionStatus status(GrantConditions.Condition c, String amount, String total) {
        return GrantConditions.status(c, new BigDecimal(amount), new BigDecimal(total), MARGIN);
    }

    @Test
    void exactlyEightyPercentMeetsTheFloorButHasNoHeadroom() {
        assertEquals(ConditionStatus.AT_RISK, status(DIRECT, "80", "100"));
        assertEquals(ConditionStatus.AT_RISK, status(DIRECT, "2400000.00", "3000000.00"));
        assertEquals(ConditionStatus.BREACHED, status(DIRECT, "79.99", "100"));
        assertEquals(ConditionStatus.AT_RISK, status(DIRECT, "80.99", "100"));
        assertEquals(ConditionStatus.MET, status(DIRECT, "81", "100"));
        assertEquals(ConditionStatus.MET, status(DIRECT, "100", "100"));
        assertEquals(ConditionStatus.BREACHED, status(DIRECT, "0", "100"));
    }

    @Test
    void exactlyTenPercentMeetsTheCeilingButHasNoHeadroom() {
        for (GrantConditions.Condition c : List.of(ADMIN, LA)) {
            assertEquals(ConditionStatus.AT_RISK, status(c, "10", "100"));
            assertEquals(ConditionStatus.AT_RISK, status(c, "300000.00", "3000000.00"));
            assertEquals(ConditionStatus.BREACHED, status(c, "10.01", "100"));
            assertEquals(ConditionStatus.AT_RISK, status(c, "9.01", "100"));
            assertEquals(ConditionStatus.MET, status(c, "9", "100"));
            assertEquals(ConditionStatus.MET, status(c, "0", "100"));
        }
    }

    @Test
    void noSpendIsNoData() {
        assertEquals(ConditionStatus.NO_DATA, status(DIRECT, "0", "0"));
        assertEquals(ConditionStatus.NO_DATA, status(ADMIN, "0", "0.00"));
        assertEquals(ConditionStatus.NO_DATA, GrantConditions.status(LA, BigDecimal.ZERO, null, MARGIN));
        assertNull(GrantConditions.share(BigDecimal.ZERO, BigDecimal.ZERO));
        assertEquals(Map.of(ConditionBucket.DIRECT_DELIVERY, ConditionStatus.NO_DATA, ConditionBucket.EAH_ADMINISTRATION,
                ConditionStatus.NO_DATA, ConditionBucket.LA_TRANSFORMATION, ConditionStatus.NO_DATA), GrantConditions.statuses(Map.of(), MARGIN));
    }

    @Test
    void statusIsDecidedOnExactAmountsNotOnTheRoundedShare() {
        // 79.995% shows as 80.00 but is below 80%: breached
        assertEquals(new BigDecimal("80.00"), GrantConditions.share(new BigDecimal("79995"), new BigDecimal("100000")));
        assertEquals(ConditionStatus.BREACHED, status(DIRECT, "79995", "100000"));
        // 10.004% shows as 10.00 but is above 10%: breached
        assertEquals(new BigDecimal("10.00"), GrantConditions.share(new BigDecimal("10004"), new BigDecimal("100000")));
        assertEquals(ConditionStatus.BREACHED, status(ADMIN, "10004", "100000"));
        // a third: 33.333...% rounds half up to 33.33; two thirds to 66.67
        assertEquals(new BigDecimal("33.33"), GrantConditions.share(BigDecimal.ONE, new BigDecimal("3")));
        assertEquals(new BigDecimal("66.67"), GrantConditions.share(new BigDecimal("2"), new BigDecimal("3")));
        // one penny in £3M over the floor is still exactly representable
        assertEquals(ConditionStatus.AT_RISK, status(DIRECT, "2400000.01", "3000000.01"));
    }

    @Test
    void aZeroMarginMakesTheLimitItselfMet() {
        assertEquals(ConditionStatus.MET, GrantConditions.status(DIRECT, new BigDecimal("80"), new BigDecimal("100"), BigDecimal.ZERO));
        assertEquals(ConditionStatus.MET, GrantConditions.status(ADMIN, new BigDecimal("10"), new BigDecimal("100"), BigDecimal.ZERO));
    }

    @Test
    void thePlansOwnProfileSitsOnTheLimits() {
        // the seeded first-year profile: Workforce + Other direct; Transformation (administration) half and half
        List<GrantConditions.QuarterSpend> planned = List.of(
                new GrantConditions.QuarterSpend("FY2026-27-Q2", Map.of(ConditionBucket.DIRECT_DELIVERY, new BigDecimal("601000"),
                        ConditionBucket.EAH_ADMINISTRATION, new BigDecimal("75000"), ConditionBucket.LA_TRANSFORMATION, new BigDecimal("75000"))),
                new GrantConditions.QuarterSpend("FY2026-27-Q3", Map.of(ConditionBucket.DIRECT_DELIVERY, new BigDecimal("601000"),
                        ConditionBucket.EAH_ADMINISTRATION, new BigDecimal("75000"), ConditionBucket.LA_TRANSFORMATION, new BigDecimal("75000"))),
                new GrantConditions.QuarterSpend("FY2026-27-Q4", Map.of(ConditionBucket.DIRECT_DELIVERY, new BigDecimal("1201000"),
                        ConditionBucket.EAH_ADMINISTRATION, new BigDecimal("150000"), ConditionBucket.LA_TRANSFORMATION, new BigDecimal("150000"))));
        List<GrantConditions.QuarterSpend> actual = List.of(
                new GrantConditions.QuarterSpend("FY2026-27-Q2", Map.of(ConditionBucket.DIRECT_DELIVERY, new BigDecimal("850"),
                        ConditionBucket.EAH_ADMINISTRATION, new BigDecimal("50"), ConditionBucket.LA_TRANSFORMATION, new BigDecimal("100"))),
                new GrantConditions.QuarterSpend("FY2026-27-Q3", Map.of(ConditionBucket.DIRECT_DELIVERY, new BigDecimal("700"),
                        ConditionBucket.EAH_ADMINISTRATION, new BigDecimal("200"), ConditionBucket.LA_TRANSFORMATION, new BigDecimal("100"))));
        List<GrantConditions.Evaluation> e = GrantConditions.evaluate(actual, planned, MARGIN);
        GrantConditions.Evaluation direct = e.get(0);
        assertEquals(ConditionBucket.DIRECT_DELIVERY, direct.condition());
        assertEquals(new BigDecimal("80.02"), direct.plannedShare()); // 2,403,000 of 3,003,000
        assertEquals(ConditionStatus.AT_RISK, direct.plannedStatus());
        assertEquals(new BigDecimal("77.50"), direct.actualShare()); // 1,550 of 2,000
        assertEquals(ConditionStatus.BREACHED, direct.status());
        assertEquals(3, direct.quarters().size());
        assertEquals(new BigDecimal("85.00"), direct.quarters().get(0).share());
        assertEquals(ConditionStatus.MET, direct.quarters().get(0).toDateStatus());
        assertEquals(new BigDecimal("70.00"), direct.quarters().get(1).share());
        assertEquals(new BigDecimal("77.50"), direct.quarters().get(1).toDateShare());
        assertNull(direct.quarters().get(2).share()); // no actual spend in Q4 yet
        assertEquals(new BigDecimal("77.50"), direct.quarters().get(2).toDateShare());
        GrantConditions.Evaluation admin = e.get(1);
        assertEquals(new BigDecimal("9.99"), admin.plannedShare()); // 300,000 of 3,003,000
        assertEquals(ConditionStatus.AT_RISK, admin.plannedStatus());
        assertEquals(new BigDecimal("12.50"), admin.actualShare());
        assertEquals(ConditionStatus.BREACHED, admin.status());
        assertEquals(ConditionStatus.MET, admin.quarters().get(0).toDateStatus()); // 5%
        GrantConditions.Evaluation la = e.get(2);
        assertEquals(new BigDecimal("10.00"), la.actualShare());
        assertEquals(ConditionStatus.AT_RISK, la.status());
    }

    @Test
    void noActualSpendAtAllIsNoDataWithThePlannedShareStillShown() {
        List<GrantConditions.Evaluation> e = GrantConditions.evaluate(List.of(),
                List.of(new GrantConditions.QuarterSpend("FY2027-28-Q1", Map.of(ConditionBucket.DIRECT_DELIVERY, new BigDecimal("90"),
                        ConditionBucket.LA_TRANSFORMATION, new BigDecimal("10")))), MARGIN);
        assertEquals(ConditionStatus.NO_DATA, e.get(0).status());
        assertNull(e.get(0).actualShare());
        assertEquals(new BigDecimal("90.00"), e.get(0).plannedShare());
        assertEquals(ConditionStatus.MET, e.get(0).plannedStatus());
        assertEquals(new BigDecimal("0.00"), e.get(1).plannedShare());
        assertEquals(ConditionStatus.AT_RISK, e.get(2).plannedStatus());
    }
}
