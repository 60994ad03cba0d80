package org.sendreform.risk;

import org.sendreform.platform.testing.HealthChecks;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthTest extends HealthChecks {

    @Override
    protected String openApiTitle() {
        return "SEND Reform Platform: risks";
    }
}
