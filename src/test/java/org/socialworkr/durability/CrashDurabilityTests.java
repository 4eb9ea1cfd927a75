package org.socialworkr.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged write is never lost, also across a crash. Members sign up under load through
 * the real form and the application is killed with SIGKILL mid-request, then restarted on the same
 * data, several times; every sign-up that had been answered with the confirmation redirect must
 * then be in the accounts table.
 *
 * <p>On H2 this is what WRITE_DELAY=0 in the datasource URL buys: with H2's default of 500 ms a
 * commit returns before it reaches the file, and each kill loses the last half second of
 * acknowledged sign-ups. The application's own URL is used, so removing the setting fails this test.
 */
class CrashDurabilityTests {

    private static final int CYCLES = 3;
    private static final Duration LOAD_AFTER_WARM_UP = Duration.ofSeconds(2);

    @Test
    void noAcknowledgedSignUpIsLostWhenTheApplicationIsKilledOnEmbeddedH2(@TempDir Path dataDir) throws Exception {
        assertNoAcknowledgedSignUpLost(CrashTestDatabase.embeddedH2(dataDir), dataDir);
    }

    @Test
    void noAcknowledgedSignUpIsLostWhenTheApplicationIsKilledOnPostgresql(@TempDir Path dataDir) throws Exception {
        try (ScratchPostgresDatabase postgres = ScratchPostgresDatabase.createOrSkip("crash_test")) {
            assertNoAcknowledgedSignUpLost(CrashTestDatabase.postgresql(postgres.jdbcUrl(), postgres.user()), dataDir);
        }
    }

    private static void assertNoAcknowledgedSignUpLost(CrashTestDatabase database, Path dataDir) throws Exception {
        long started = System.nanoTime();
        List<CrashCycles.Cycle> cycles = CrashCycles.run(database, dataDir, CYCLES, LOAD_AFTER_WARM_UP);
        report(database.name(), cycles, Duration.ofNanos(System.nanoTime() - started));

        assertThat(cycles)
                .as("acknowledged sign-ups missing from the accounts table after kill -9 and restart")
                .allSatisfy(cycle -> assertThat(cycle.lost()).isEmpty());
    }

    private static void report(String databaseName, List<CrashCycles.Cycle> cycles, Duration elapsed) {
        String prefix = "crash-test." + databaseName + ".";
        for (CrashCycles.Cycle cycle : cycles) {
            String cyclePrefix = prefix + "cycle" + cycle.number() + ".";
            System.out.printf(
                    "%sstartup_seconds=%.1f%n", cyclePrefix, cycle.startup().toMillis() / 1000.0);
            System.out.println(cyclePrefix + "acknowledged=" + cycle.acknowledged());
            System.out.println(cyclePrefix + "in_flight_at_kill=" + cycle.inFlightAtKill());
            System.out.println(cyclePrefix + "unexpected_answers=" + cycle.unexpectedAnswers());
            System.out.println(cyclePrefix + "lost=" + cycle.lost().size());
        }
        System.out.println(prefix + "acknowledged="
                + cycles.stream().mapToInt(CrashCycles.Cycle::acknowledged).sum());
        System.out.println(prefix + "lost="
                + cycles.stream().mapToInt(cycle -> cycle.lost().size()).sum());
        System.out.printf("%sseconds=%.1f%n", prefix, elapsed.toMillis() / 1000.0);
    }
}
