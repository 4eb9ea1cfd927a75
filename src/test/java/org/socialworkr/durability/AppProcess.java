package org.socialworkr.durability;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.socialworkr.SocialWorkrApplication;

/**
 * The application in a JVM of its own, so that a test can end it with SIGKILL the way a crash, the
 * kernel's OOM killer or a pulled container would: no shutdown hook runs, nothing is flushed.
 */
final class AppProcess implements AutoCloseable {

    // Generous: on a 2-core CI runner shared with other builds, startup has taken 95 s.
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final URI baseUri;
    private final Path log;
    private Duration startup;

    private AppProcess(Process process, URI baseUri, Path log) {
        this.process = process;
        this.baseUri = baseUri;
        this.log = log;
    }

    /** Starts the application on {@code dataDir} and returns once its health endpoint says UP. */
    static AppProcess startHealthy(Path dataDir, String name, List<String> extraArgs) throws Exception {
        int port = freePort();
        Path log = dataDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-cp",
                applicationClasspath(),
                SocialWorkrApplication.class.getName(),
                "--server.port=" + port,
                "--socialworkr.data-dir=" + dataDir,
                "--socialworkr.rate-limits.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn"));
        command.addAll(extraArgs);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        AppProcess app = new AppProcess(process, URI.create("http://127.0.0.1:" + port), log);
        try {
            app.awaitHealthy();
            app.startup = Duration.ofNanos(System.nanoTime() - started);
        } catch (Exception | AssertionError e) {
            app.close();
            throw e;
        }
        return app;
    }

    URI baseUri() {
        return baseUri;
    }

    /** From launching the JVM to the first healthy answer. */
    Duration startup() {
        return startup;
    }

    /** SIGKILL: ProcessHandle.destroyForcibly() sends it on Linux and macOS. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitHealthy() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(baseUri.resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        "Application exited with " + process.exitValue() + " while starting\n" + logTail());
            }
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // The port opens only late in startup.
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Application not healthy within " + STARTUP_TIMEOUT + "\n" + logTail());
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return "--- last lines of " + log + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /**
     * The test's own classpath without the test classes, so the application runs as it ships.
     * Surefire sets java.class.path to the full test classpath even when it boots from a
     * manifest-only jar; the check below says so plainly if that ever changes.
     */
    static String applicationClasspath() throws URISyntaxException {
        Path testClasses = codeLocation(AppProcess.class);
        Path mainClasses = codeLocation(SocialWorkrApplication.class);
        List<Path> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath())
                .toList();
        if (!entries.contains(mainClasses)) {
            throw new IllegalStateException("java.class.path does not list " + mainClasses + ": " + entries);
        }
        return entries.stream()
                .filter(entry -> !entry.equals(testClasses))
                .map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static Path codeLocation(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toAbsolutePath();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
