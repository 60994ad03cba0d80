package org.sendreform.risk.register;

import org.sendreform.platform.testing.TokenChecks;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RiskTokenChecksTest extends TokenChecks {

    @Override
    protected String protectedPath() {
        return "/api/v1/risks";
    }

    @Override
    protected String allowedRole() {
        return "rdg-member";
    }
}
