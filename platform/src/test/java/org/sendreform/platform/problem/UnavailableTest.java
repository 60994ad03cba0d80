package org.sendreform.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketTimeoutException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class UnavailableTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheCausesIsUnavailability() {
        // pgjdbc: connection refused (08001), I/O error on a dead or paused server (08006)
        assertTrue(Unavailable.databaseUnreachable(new IllegalStateException(new SQLException("Connection refused", "08001"))));
        assertTrue(Unavailable.databaseUnreachable(new RuntimeException("x",
                new SQLException("An I/O error occurred", "08006", new SocketTimeoutException("Read timed out")))));
        // recovering after a crash
        assertTrue(Unavailable.databaseUnreachable(new SQLException("the database system is in recovery mode", "57P03")));
        // pgjdbc, interrupted by the pool while connecting to a paused server (SQLSTATE XX000)
        assertTrue(Unavailable.databaseUnreachable(new IllegalStateException(new SQLException(
                "Something unusual has occurred to cause the driver to fail", "XX000",
                new RuntimeException("Interrupted while attempting to connect.")))));
        // Agroal gave up waiting for a connection
        assertTrue(Unavailable.databaseUnreachable(new IllegalStateException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(Unavailable.databaseUnreachable(new IllegalStateException("a bug")));
        assertFalse(Unavailable.databaseUnreachable(new IllegalStateException(new SQLException("duplicate key", "23505"))));
        assertFalse(Unavailable.databaseUnreachable(new SQLException("syntax error", "42601")));
    }
}
