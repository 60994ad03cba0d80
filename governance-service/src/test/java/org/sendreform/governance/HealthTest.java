package org.sendreform.governance;

import org.sendreform.platform.testing.HealthChecks;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthTest extends HealthChecks {

    @Override
    protected String openApiTitle() {
        return "SEND Reform Platform: governance";
    }
}
