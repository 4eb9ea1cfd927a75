package org.socialworkr.bench;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.springframework.messaging.converter.SimpleMessageConverter;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * The chat benchmark's two halves (bench/chat-benchmark.sh runs them around a server):
 *
 * <ul>
 *   <li>{@code setup --url=JDBC --user=U --password=P --members=2000}: migrates an empty database
 *       and inserts the members (password {@code chat-bench-2026}, a cheap bcrypt cost so 2,000
 *       logins do not dominate the run) and one direct conversation per pair of members;
 *   <li>{@code run --base=http://127.0.0.1:18080 --members=2000 --rate=500 --warmup=10 --duration=30
 *       --out=FILE}: logs every member in through the login form, opens one STOMP WebSocket each,
 *       subscribes to {@code /user/topic/chat}, then sends {@code rate} messages a second over the
 *       sockets ({@code /app/chat.send}) from random members to their partners and measures, at
 *       the receiving socket, the time from send to receipt. Writes {@code name=value} lines.
 * </ul>
 */
public final class ChatBenchmark {

    static final String PASSWORD = "chat-bench-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final HttpClient PLAIN = HttpClient.newHttpClient();
    private static final Pattern CONVERSATION_ID = Pattern.compile("\"conversations\":\\[\\{\"id\":\"(\\d+)\"");
    /** {@code getconf CLK_TCK}: 100 on every Linux this runs on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private static final Pattern SEQUENCE = Pattern.compile("\"text\":\"Hello from the benchmark ([a-z]+)\"");

    private ChatBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        int members = Integer.parseInt(options.getOrDefault("members", "2000"));
        if ("setup".equals(args[0])) {
            setup(
                    options.get("url"),
                    options.getOrDefault("user", "sa"),
                    options.getOrDefault("password", ""),
                    members);
        } else {
            run(options, members);
        }
        System.exit(0);
    }

    // ---- setup

    static void setup(String url, String user, String password, int members) throws Exception {
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            long[] ids = new long[members];
            try (PreparedStatement insert = db.prepareStatement(
                    """
                    insert into accounts (username, email, password_hash, display_name, status, security_stamp,
                                          created_at, confirmed_at, version)
                    values (?, ?, ?, ?, 'ACTIVE', ?, ?, ?, 0)
                    """,
                    new String[] {"id"})) {
                for (int i = 0; i < members; i++) {
                    insert.setString(1, username(i));
                    insert.setString(2, username(i) + "@bench.example.org");
                    insert.setString(3, hash);
                    insert.setString(4, "Bench member " + i);
                    insert.setString(5, "stamp-" + i);
                    insert.setTimestamp(6, now);
                    insert.setTimestamp(7, now);
                    insert.executeUpdate();
                    try (var keys = insert.getGeneratedKeys()) {
                        keys.next();
                        ids[i] = keys.getLong(1);
                    }
                }
            }
            try (PreparedStatement conversation = db.prepareStatement(
                            """
                            insert into chat_conversations (kind, title, direct_key, created_by, created_at, last_message_id)
                            values ('DIRECT', null, ?, ?, ?, 0)
                            """,
                            new String[] {"id"});
                    PreparedStatement participant = db.prepareStatement(
                            """
                            insert into chat_participants (conversation_id, account_id, status, muted, hidden,
                                                           last_read_message_id, cleared_message_id, joined_at)
                            values (?, ?, 'ACTIVE', false, false, 0, 0, ?)
                            """)) {
                for (int i = 0; i + 1 < members; i += 2) {
                    long a = ids[i];
                    long b = ids[i + 1];
                    conversation.setString(1, Math.min(a, b) + ":" + Math.max(a, b));
                    conversation.setLong(2, a);
                    conversation.setTimestamp(3, now);
                    conversation.executeUpdate();
                    long id;
                    try (var keys = conversation.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    for (long member : new long[] {a, b}) {
                        participant.setLong(1, id);
                        participant.setLong(2, member);
                        participant.setTimestamp(3, now);
                        participant.addBatch();
                    }
                }
                participant.executeBatch();
            }
            db.commit();
        }
        System.out.println("setup_members=" + members);
        System.out.println("setup_conversations=" + members / 2);
    }

    static String username(int index) {
        return "chatbench_" + index;
    }

    // ---- run

    /** One connected member: its socket, its partner's index and the conversation they share. */
    record Member(int index, StompSession session, String conversationId) {}

    static void run(Map<String, String> options, int members) throws Exception {
        URI base = URI.create(options.getOrDefault("base", "http://127.0.0.1:18080"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "500"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "30"));
        Path out = Path.of(options.getOrDefault("out", "bench-results/chat.txt"));
        String serverPid = options.getOrDefault("server-pid", "");

        // Every message's send time by its sequence number; the receiver looks it up.
        Map<Long, Long> sentAt = new ConcurrentHashMap<>();
        AtomicLong measureFrom = new AtomicLong(Long.MAX_VALUE);
        AtomicLong measureUntil = new AtomicLong(Long.MAX_VALUE);
        AtomicLong received = new AtomicLong();
        // Deliveries during the measured window whenever sent: what the server's CPU time then paid for.
        AtomicLong deliveredInWindow = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());

        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
        // Payloads pass as bytes both ways: the benchmark writes and reads its JSON by hand.
        client.setMessageConverter(new SimpleMessageConverter());
        client.setDefaultHeartbeat(new long[] {0, 0});
        client.setInboundMessageSizeLimit(256 * 1024);

        long setupStarted = System.nanoTime();
        Member[] connected = new Member[members];
        ExecutorService logins = Executors.newFixedThreadPool(16);
        CountDownLatch done = new CountDownLatch(members);
        AtomicLong loginFailures = new AtomicLong();
        for (int i = 0; i < members; i++) {
            int index = i;
            logins.submit(() -> {
                try {
                    String cookie = login(base, username(index));
                    String conversationId = conversationId(base, cookie);
                    WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
                    headers.add("Cookie", cookie);
                    StompSession session = client.connectAsync(
                                    URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/ws/chat"),
                                    headers,
                                    new StompHeaders(),
                                    new StompSessionHandlerAdapter() {})
                            .get(60, TimeUnit.SECONDS);
                    String ownSender = "\"username\":\"" + username(index) + "\"";
                    session.subscribe("/user/topic/chat", new StompSessionHandlerAdapter() {
                        @Override
                        public Type getPayloadType(StompHeaders h) {
                            return byte[].class;
                        }

                        /**
                         * Reads the few fields it needs straight from the JSON text: with a thousand
                         * frames a second, a full parse of each cost the client more CPU than the
                         * server spent delivering them, on the same two cores.
                         */
                        @Override
                        public void handleFrame(StompHeaders h, Object payload) {
                            long now = System.nanoTime();
                            String event = new String((byte[]) payload, StandardCharsets.UTF_8);
                            if (!event.startsWith("{\"type\":\"message\"")) {
                                if (event.contains("\"type\":\"error\"") || event.contains("\"type\":\"held_back\"")) {
                                    errors.incrementAndGet();
                                }
                                return;
                            }
                            if (event.contains(ownSender)) {
                                return; // the sender's own copy
                            }
                            Matcher m = SEQUENCE.matcher(event);
                            if (!m.find()) {
                                return;
                            }
                            if (now >= measureFrom.get() && now < measureUntil.get()) {
                                deliveredInWindow.incrementAndGet();
                            }
                            Long sent = sentAt.remove(decode(m.group(1)));
                            if (sent != null && sent >= measureFrom.get() && sent < measureUntil.get()) {
                                received.incrementAndGet();
                                latencies.add(now - sent);
                            }
                        }
                    });
                    connected[index] = new Member(index, session, conversationId);
                } catch (Exception e) {
                    if (loginFailures.incrementAndGet() == 1) {
                        System.err.println("# first failed login or connection (" + username(index) + "): " + e);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await(15, TimeUnit.MINUTES);
        logins.shutdown();
        double connectSeconds = (System.nanoTime() - setupStarted) / 1e9;
        List<Member> ready = Arrays.stream(connected)
                .filter(m -> m != null && m.session().isConnected() && m.conversationId() != null)
                .toList();
        System.err.println("# connected " + ready.size() + " of " + members + " in " + connectSeconds + " s");
        Thread.sleep(2000);

        // Sending: a tick every 10 ms sends rate/100 messages, from random connected members.
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        AtomicLong sequence = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        AtomicLong sendFailures = new AtomicLong();
        SplittableRandom random = new SplittableRandom(1);
        double perTick = rate / 100.0;
        AtomicLongArray carry = new AtomicLongArray(1);
        long start = System.nanoTime();
        measureFrom.set(start + TimeUnit.SECONDS.toNanos(warmup));
        measureUntil.set(measureFrom.get() + TimeUnit.SECONDS.toNanos(duration));
        ticker.scheduleAtFixedRate(
                () -> {
                    long ticks = carry.incrementAndGet(0);
                    long due = (long) Math.floor(ticks * perTick) - (long) Math.floor((ticks - 1) * perTick);
                    for (int k = 0; k < due; k++) {
                        Member from = ready.get(random.nextInt(ready.size()));
                        long seq = sequence.incrementAndGet();
                        senders.submit(() -> {
                            try {
                                sentAt.put(seq, System.nanoTime());
                                StompHeaders headers = new StompHeaders();
                                headers.setDestination("/app/chat.send");
                                headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
                                String json = "{\"conversation_id\":\"" + from.conversationId()
                                        + "\",\"text\":\"Hello from the benchmark " + encode(seq) + "\"}";
                                from.session().send(headers, json.getBytes(StandardCharsets.UTF_8));
                                if (System.nanoTime() >= measureFrom.get() && System.nanoTime() < measureUntil.get()) {
                                    sent.incrementAndGet();
                                }
                            } catch (RuntimeException e) {
                                sendFailures.incrementAndGet();
                            }
                        });
                    }
                },
                0,
                10,
                TimeUnit.MILLISECONDS);
        Thread.sleep(TimeUnit.SECONDS.toMillis(warmup));
        long serverCpuBefore = cpuMillis(serverPid);
        long clientCpuBefore = cpuMillis("self");
        Thread.sleep(TimeUnit.SECONDS.toMillis(duration));
        long serverCpu = cpuMillis(serverPid) - serverCpuBefore;
        long clientCpu = cpuMillis("self") - clientCpuBefore;
        ticker.shutdownNow();
        Thread.sleep(3000); // the last messages in flight
        senders.shutdownNow();

        long[] sorted;
        synchronized (latencies) {
            sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        Map<String, String> results = new LinkedHashMap<>();
        results.put("jdk", System.getProperty("java.version") + " (client)");
        results.put("clients_requested", Integer.toString(members));
        results.put("clients_connected", Integer.toString(ready.size()));
        results.put("conversations", Integer.toString(ready.size() / 2));
        results.put("connect_seconds", String.format("%.1f", connectSeconds));
        results.put("target_msgs_per_s", Integer.toString(rate));
        results.put("measured_seconds", Integer.toString(duration));
        results.put("sent", Long.toString(sent.get()));
        results.put("received", Long.toString(received.get()));
        results.put("sent_msgs_per_s", String.format("%.1f", sent.get() / (double) duration));
        results.put("received_msgs_per_s", String.format("%.1f", received.get() / (double) duration));
        results.put("lost_or_late", Long.toString(Math.max(0, sent.get() - received.get())));
        results.put("latency_p50_ms", millis(sorted, 50));
        results.put("latency_p90_ms", millis(sorted, 90));
        results.put("latency_p99_ms", millis(sorted, 99));
        results.put(
                "latency_max_ms", sorted.length == 0 ? "n/a" : String.format("%.1f", sorted[sorted.length - 1] / 1e6));
        // CPU per message, comparable across runs on a shared machine where the rates are not.
        long delivered = Math.max(1, deliveredInWindow.get());
        results.put("delivered_in_window_msgs_per_s", String.format("%.1f", delivered / (double) duration));
        results.put("server_cpu_percent", String.format("%.0f", serverCpu / (duration * 10.0)));
        results.put("server_cpu_ms_per_msg", String.format("%.2f", serverCpu / (double) delivered));
        results.put("client_cpu_percent", String.format("%.0f", clientCpu / (duration * 10.0)));
        results.put("client_cpu_ms_per_msg", String.format("%.2f", clientCpu / (double) delivered));
        results.put("refused_events", Long.toString(errors.get()));
        results.put("login_failures", Long.toString(loginFailures.get()));
        results.put("send_failures", Long.toString(sendFailures.get()));
        StringBuilder lines = new StringBuilder();
        results.forEach(
                (name, value) -> lines.append(name).append('=').append(value).append('\n'));
        System.out.print(lines);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, lines.toString(), StandardCharsets.UTF_8);
        for (Member member : ready) {
            try {
                member.session().disconnect();
            } catch (RuntimeException ignored) {
                // shutting down
            }
        }
    }

    /**
     * User plus system CPU time of a process ({@code self} or a pid) from {@code /proc}, in
     * milliseconds; -1 where there is no {@code /proc} or no pid.
     */
    static long cpuMillis(String pid) {
        if (pid.isEmpty()) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // The fields after the command name, which is in parentheses and may hold spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String millis(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return "n/a";
        }
        int rank = (int) Math.ceil(sorted.length * percentile / 100.0) - 1;
        return String.format("%.1f", sorted[Math.max(0, Math.min(rank, sorted.length - 1))] / 1e6);
    }

    /** Letters only, so that the confidentiality guard sees no numbers in the benchmark's text. */
    static String encode(long value) {
        StringBuilder letters = new StringBuilder();
        long rest = value;
        do {
            letters.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return letters.toString();
    }

    static long decode(String letters) {
        long value = 0;
        for (int i = letters.length() - 1; i >= 0; i--) {
            value = value * 26 + (letters.charAt(i) - 'a');
        }
        return value;
    }

    /** The member's one conversation, asked of the server (the embedded database is the server's alone). */
    private static String conversationId(URI base, String cookie) throws IOException, InterruptedException {
        HttpResponse<String> list = PLAIN.send(
                HttpRequest.newBuilder(base.resolve("/api/v1/chat/conversations?limit=1"))
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = CONVERSATION_ID.matcher(list.body());
        return m.find() ? m.group(1) : null;
    }

    static String login(URI base, String username) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String page = http.send(
                        HttpRequest.newBuilder(base.resolve("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IOException("No CSRF token on the login page");
        }
        String form = "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        http.send(
                HttpRequest.newBuilder(base.resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::toString)
                .findFirst()
                .orElseThrow(() -> new IOException("No session for " + username));
    }
}
