package org.sendreform.governance.body;

import org.sendreform.platform.testing.TokenChecks;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BodyTokenChecksTest extends TokenChecks {

    @Override
    protected String protectedPath() {
        return "/api/v1/bodies";
    }

    @Override
    protected String allowedRole() {
        return "board-secretary";
    }
}
