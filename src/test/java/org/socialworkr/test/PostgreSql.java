package org.socialworkr.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The PostgreSQL server tests may use: 127.0.0.1:5432, user postgres, trust authentication. */
public final class PostgreSql {

    /** A database that always exists, for creating and dropping the ones tests use. */
    public static final String ADMIN_URL = Objects.requireNonNullElse(
            System.getenv("SOCIALWORKR_TEST_POSTGRES_ADMIN_URL"), "jdbc:postgresql://127.0.0.1:5432/postgres");

    public static final String USER =
            Objects.requireNonNullElse(System.getenv("SOCIALWORKR_TEST_DATABASE_USER"), "postgres");

    public static final String PASSWORD =
            Objects.requireNonNullElse(System.getenv("SOCIALWORKR_TEST_DATABASE_PASSWORD"), "");

    private PostgreSql() {}

    /** The URL of another database on the same server. */
    public static String urlOf(String database) {
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + database;
    }

    public static Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("socketTimeout", "60");
        return DriverManager.getConnection(url, properties);
    }

    /** Why the server cannot be used, or {@code null} when it answers. */
    static String unavailableBecause() {
        try (Connection connection = connect(ADMIN_URL)) {
            return connection.isValid(3) ? null : "it does not answer at " + ADMIN_URL;
        } catch (SQLException e) {
            return "no PostgreSQL server answers at " + ADMIN_URL + " (" + e.getMessage() + ")";
        }
    }

    static final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
            String missing = store.getOrComputeIfAbsent(
                            Condition.class, key -> new Availability(unavailableBecause()), Availability.class)
                    .missing();
            return RequiredServices.evaluate(context, "PostgreSQL", missing);
        }

        private record Availability(String missing) {}
    }
}
