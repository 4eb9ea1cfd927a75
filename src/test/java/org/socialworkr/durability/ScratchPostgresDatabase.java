package org.socialworkr.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own on the local PostgreSQL server, dropped afterwards. Without a server the
 * test is skipped with a message, unless CI says that services are required: then it fails.
 */
final class ScratchPostgresDatabase implements AutoCloseable {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String USER = "postgres";

    private final String name;

    private ScratchPostgresDatabase(String name) {
        this.name = name;
    }

    static ScratchPostgresDatabase createOrSkip(String purpose) throws SQLException {
        String name =
                purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection server = DriverManager.getConnection(SERVER + "postgres?connectTimeout=3", USER, "");
                Statement statement = server.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException unreachable) {
            if (Boolean.parseBoolean(System.getProperty("socialworkr.test.require-services"))) {
                throw unreachable;
            }
            String message = "SKIPPED: PostgreSQL not reachable at 127.0.0.1:5432 as " + USER + " ("
                    + unreachable.getMessage() + "); set -Dsocialworkr.test.require-services=true to fail instead";
            System.out.println(message);
            Assumptions.abort(message);
        }
        return new ScratchPostgresDatabase(name);
    }

    String jdbcUrl() {
        return SERVER + name;
    }

    String user() {
        return USER;
    }

    @Override
    public void close() throws SQLException {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = server.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }
}
