package org.sendreform.metrics.measure;

import org.sendreform.platform.testing.TokenChecks;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MeasureTokenChecksTest extends TokenChecks {

    @Override
    protected String protectedPath() {
        return "/api/v1/measures";
    }

    @Override
    protected String allowedRole() {
        return "analytics-reader";
    }
}
