package org.sendreform.governance;

import io.quarkus.test.common.QuarkusTestResource;

import org.sendreform.platform.testing.KafkaBroker;
import org.sendreform.platform.testing.Postgres;
import org.sendreform.platform.testing.TestIssuer;

/** Real PostgreSQL and Kafka for every @QuarkusTest of this service, and the test token issuer. */
@QuarkusTestResource(Postgres.class)
@QuarkusTestResource(KafkaBroker.class)
@QuarkusTestResource(TestIssuer.class)
public class PlatformTestResources {
}
