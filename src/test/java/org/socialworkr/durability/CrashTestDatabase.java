package org.socialworkr.durability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The database a crash test runs the application on, and how the test reads the accounts back. */
record CrashTestDatabase(String name, List<String> applicationArgs, String jdbcUrl, String user) {

    /**
     * The embedded default: the application keeps its own datasource URL, so the test checks the
     * settings that ship. The test opens the same file with the same compatibility options once the
     * application has stopped and released the file lock.
     */
    static CrashTestDatabase embeddedH2(Path dataDir) {
        String file = dataDir.resolve("db").resolve("socialworkr").toString();
        return new CrashTestDatabase(
                "h2", List.of(), "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa");
    }

    static CrashTestDatabase postgresql(String jdbcUrl, String user) {
        return new CrashTestDatabase(
                "postgresql",
                List.of("--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + user),
                jdbcUrl,
                user);
    }

    Set<String> usernamesStartingWith(String prefix) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
                PreparedStatement query =
                        connection.prepareStatement("select username from accounts where username like ?")) {
            query.setString(1, prefix + "%");
            Set<String> usernames = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    usernames.add(rows.getString(1));
                }
            }
            return usernames;
        }
    }
}
