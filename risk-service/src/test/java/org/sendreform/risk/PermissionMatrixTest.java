package org.sendreform.risk;

import org.sendreform.platform.testing.PermissionMatrix;

import io.quarkus.test.junit.QuarkusTest;

/** Every operation this service documents, for every realm role and every bad token (see {@link PermissionMatrix}). */
@QuarkusTest
class PermissionMatrixTest extends PermissionMatrix {
}
