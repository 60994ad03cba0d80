package org.sendreform.platform.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for a test run. When a server answers on 127.0.0.1:5432 (or SEND_TEST_PG_HOST/PORT),
 * the run gets a fresh database of its own there, dropped afterwards, so tests never touch the data of a
 * running local platform. Otherwise an embedded PostgreSQL (binaries from Maven Central) is started.
 */
public class Postgres implements QuarkusTestResourceLifecycleManager {

    private static final String USER = System.getenv().getOrDefault("SEND_TEST_PG_USER", "postgres");

    private EmbeddedPostgres embedded;
    private String serverUrl;
    private String database;

    @Override
    public Map<String, String> start() {
        String host = System.getenv().getOrDefault("SEND_TEST_PG_HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("SEND_TEST_PG_PORT", "5432"));
        if (answers(host, port)) {
            serverUrl = "jdbc:postgresql://" + host + ":" + port + "/";
            database = "sendreform_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute(serverUrl + "postgres", "CREATE DATABASE " + database);
            return datasource(serverUrl + database);
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("no PostgreSQL answers on " + host + ":" + port
                    + " and the embedded one could not start", e);
        }
        return datasource(embedded.getJdbcUrl("postgres", "postgres"));
    }

    @Override
    public void stop() {
        if (database != null) {
            execute(serverUrl + "postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                // the JVM is ending; its data directory is temporary
            }
        }
    }

    private static Map<String, String> datasource(String jdbcUrl) {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", "");
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, USER, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on " + url, e);
        }
    }
}
