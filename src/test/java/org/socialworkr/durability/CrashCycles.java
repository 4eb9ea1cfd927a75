package org.socialworkr.durability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Crash cycles against one database: start the application on the data the previous cycle's kill
 * left behind (it must recover and come up healthy), sign up members under load, and kill -9 it
 * while sign-ups are in flight. After the last kill every acknowledged sign-up of every cycle is
 * looked up in the accounts table; for H2 that opens the file exactly as the kill left it.
 */
final class CrashCycles {

    private static final int CLIENTS = 8;
    private static final int WARM_UP_SIGN_UPS = 20;
    private static final Duration WARM_UP_TIMEOUT = Duration.ofSeconds(60);

    private CrashCycles() {}

    /** What one kill cost: the sign-ups acknowledged before it that the database no longer has. */
    record Cycle(
            int number,
            Duration startup,
            int acknowledged,
            int inFlightAtKill,
            int unexpectedAnswers,
            Set<String> lost) {}

    private record Killed(
            int number, Duration startup, Set<String> acknowledged, int inFlightAtKill, int unexpectedAnswers) {

        Cycle checkedAgainst(Set<String> stored) {
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            return new Cycle(number, startup, acknowledged.size(), inFlightAtKill, unexpectedAnswers, lost);
        }
    }

    static List<Cycle> run(CrashTestDatabase database, Path dataDir, int cycles, Duration loadAfterWarmUp)
            throws Exception {
        // Unique per run, so that the lookup below sees only this run's members.
        String usernamePrefix = "k" + Long.toString(System.nanoTime() % 2_000_000_000L, 36) + "_";
        List<Killed> killed = new ArrayList<>();
        for (int cycle = 1; cycle <= cycles; cycle++) {
            try (AppProcess app = AppProcess.startHealthy(dataDir, "app-" + cycle, database.applicationArgs())) {
                SignUpLoad load =
                        SignUpLoad.start(app.baseUri(), usernamePrefix + cycle + "_", CLIENTS, WARM_UP_SIGN_UPS);
                if (!load.awaitWarmedUp(WARM_UP_TIMEOUT)) {
                    throw new AssertionError("Fewer than " + WARM_UP_SIGN_UPS + " sign-ups acknowledged in "
                            + WARM_UP_TIMEOUT + "\n" + app.logTail());
                }
                // Then full load for a while, so that the kill lands among commits at full speed.
                Thread.sleep(loadAfterWarmUp.toMillis());
                int inFlightAtKill = load.inFlight();
                app.kill();
                killed.add(new Killed(cycle, app.startup(), load.stop(), inFlightAtKill, load.unexpectedAnswers()));
            }
        }
        Set<String> stored = database.usernamesStartingWith(usernamePrefix);
        return killed.stream().map(cycle -> cycle.checkedAgainst(stored)).toList();
    }
}
