package dev.schemawright.conformance.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * One real PostgreSQL 18 (zonky's embedded binaries, a child process on a free port) for the whole test JVM; every check
 * runs in its own transaction and rolls back, so checks never see each other's objects.
 */
public final class EmbeddedPostgresServer {
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    public static synchronized Connection connect() {
        return connect("postgres");
    }

    /** A connection to {@code database} (created by the caller, e.g. one per migration pair). */
    public static synchronized Connection connect(String database) {
        try {
            if (server == null) {
                // a test server: durability buys nothing here and costs every CREATE DATABASE and COMMIT a flush
                server = EmbeddedPostgres.builder().setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off").start();
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }));
            }
            // simple query mode: the server itself parses the whole script, as psql -f would run it
            return DriverManager.getConnection(server.getJdbcUrl("postgres", database) + "&preferQueryMode=simple");
        } catch (IOException | SQLException e) {
            throw new AssertionError("cannot start embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
