package org.sendreform.milestones.milestone;

import org.sendreform.platform.testing.TokenChecks;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MilestoneTokenChecksTest extends TokenChecks {

    @Override
    protected String protectedPath() {
        return "/api/v1/milestones";
    }

    @Override
    protected String allowedRole() {
        return "board-member";
    }
}
