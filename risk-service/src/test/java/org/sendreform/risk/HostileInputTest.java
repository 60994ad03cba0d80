package org.sendreform.risk;

import org.sendreform.platform.testing.HostileInputs;

import io.quarkus.test.junit.QuarkusTest;

/** Every write operation this service documents, against generated hostile and malformed input (see {@link HostileInputs}). */
@QuarkusTest
class HostileInputTest extends HostileInputs {
}
