package org.socialworkr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialworkr.test.PostgreSql;
import org.socialworkr.test.RequiresPostgreSql;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every migration runs on a brand-new PostgreSQL database, as on a new production instance. The
 * integration suite covers what the tables do; this covers that the files themselves apply.
 */
@RequiresPostgreSql
class MigrationsOnPostgreSqlTests {

    private static final List<String> KEY_TABLES =
            List.of("accounts", "account_roles", "account_tokens", "mail_outbox", "event_publication");

    private final String database =
            "socialworkr_migrations_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    void createDatabase() throws SQLException {
        execute("create database " + database);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        execute("drop database if exists " + database + " with (force)");
    }

    @Test
    void everyMigrationAppliesToAnEmptyDatabase() throws Exception {
        Flyway flyway = flyway();

        MigrateResult result = flyway.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(migrationFiles().size());
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
        assertThat(applied).extracting(MigrationInfo::getScript).containsExactlyInAnyOrderElementsOf(migrationFiles());
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(tables()).containsAll(KEY_TABLES);
    }

    @Test
    void migratingAgainChangesNothing() throws Exception {
        flyway().migrate();

        MigrateResult again = flyway().migrate();

        assertThat(again.migrationsExecuted).isZero();
        flyway().validate();
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(PostgreSql.urlOf(database), PostgreSql.USER, PostgreSql.PASSWORD)
                .locations("classpath:db/migration")
                .cleanDisabled(true)
                .load();
    }

    private static List<String> migrationFiles() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
        return Arrays.stream(resources).map(Resource::getFilename).toList();
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = PostgreSql.connect(PostgreSql.urlOf(database));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select table_name from information_schema.tables where table_schema = 'public'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = PostgreSql.connect(PostgreSql.ADMIN_URL);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
