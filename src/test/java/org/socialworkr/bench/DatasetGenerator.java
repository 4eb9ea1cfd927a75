package org.socialworkr.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.socialworkr.profile.Credential;
import org.socialworkr.profile.Modality;
import org.socialworkr.profile.PracticeArea;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills an empty SocialWorkr database with a realistic network for benchmarks: members with
 * profiles, connections and follows with a heavy-tailed skew, posts over the last days with
 * hashtags, and reactions. The schema is created first by the application's own Flyway
 * migrations, so the result is exactly what the application expects. Rows go in with
 * multi-row batch inserts over plain JDBC, in one connection and in time order, so identity ids
 * grow with time as they do in the running application. The same seed gives the same network.
 *
 * <p>Usage (see bench/README.md): {@code --data-dir=DIR} (an H2 file database where the
 * application with {@code --socialworkr.data-dir=DIR} looks for it) or {@code --url=JDBC-URL
 * --user=U --password=P}, and {@code --members=100000 --posts=2000000 --days=90 --seed=1
 * --member-password=...}.
 */
public final class DatasetGenerator {

    /** The application's H2 settings (application.properties), without its per-commit write. */
    static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    static final String DEFAULT_MEMBER_PASSWORD = "bench-password-2026";

    private static final long COMMIT_EVERY_ROWS = 50_000;
    private static final int LOADING_CACHE_KILOBYTES = 512 * 1024;

    private static final String[] FIRST_NAMES = {
        "Maria", "James", "Aisha", "Chen", "Olivia", "Mateo", "Priya", "Noah", "Fatima", "Liam", "Sofia", "Kwame",
        "Emma", "Diego", "Hannah", "Yusuf", "Grace", "Ethan", "Leila", "Samuel", "Mei", "Isaac", "Zara", "Daniel",
        "Ana", "Marcus", "Nadia", "Lucas", "Rosa", "Tomas", "Imani", "Elena", "Jamal", "Keiko", "Owen", "Amara"
    };
    private static final String[] LAST_NAMES = {
        "Garcia", "Smith", "Nguyen", "Johnson", "Patel", "Williams", "Kim", "Brown", "Hernandez", "Okafor", "Lee",
        "Davis", "Lopez", "Cohen", "Martinez", "Ali", "Wilson", "Chen", "Anderson", "Rossi", "Thomas", "Moore",
        "Jackson", "Silva", "White", "Harris", "Sato", "Clark", "Lewis", "Walker", "Young", "King", "Wright"
    };
    private static final String[][] CITIES = {
        {"New York", "NY"},
        {"Los Angeles", "CA"},
        {"Chicago", "IL"},
        {"Houston", "TX"},
        {"Phoenix", "AZ"},
        {"Philadelphia", "PA"},
        {"San Antonio", "TX"},
        {"San Diego", "CA"},
        {"Dallas", "TX"},
        {"Boston", "MA"},
        {"Seattle", "WA"},
        {"Denver", "CO"},
        {"Atlanta", "GA"},
        {"Miami", "FL"},
        {"Detroit", "MI"},
        {"Minneapolis", "MN"},
        {"Portland", "OR"},
        {"Baltimore", "MD"},
        {"Milwaukee", "WI"},
        {"Albuquerque", "NM"},
        {"Nashville", "TN"},
        {"Louisville", "KY"},
        {"Oklahoma City", "OK"},
        {"Columbus", "OH"},
        {"Charlotte", "NC"},
        {"Pittsburgh", "PA"},
        {"St. Louis", "MO"},
        {"New Orleans", "LA"},
        {"Cleveland", "OH"},
        {"Sacramento", "CA"},
        {"Kansas City", "MO"},
        {"Salt Lake City", "UT"},
        {"Richmond", "VA"},
        {"Hartford", "CT"},
        {"Providence", "RI"},
        {"Burlington", "VT"},
        {"Anchorage", "AK"},
        {"Honolulu", "HI"},
        {"Boise", "ID"},
        {"Madison", "WI"}
    };
    private static final String[] AGENCIES = {
        "Department of Children and Families",
        "County Behavioral Health",
        "Community Health Center",
        "Veterans Affairs Medical Center",
        "Public Schools",
        "Family Service Agency",
        "Hospice of the Valley",
        "Legal Aid Society",
        "Refugee Resettlement Program",
        "University School of Social Work",
        "Housing First Coalition",
        "Domestic Violence Shelter",
        "Children's Hospital",
        "Private practice"
    };
    private static final String[] ROLES = {
        "Case manager", "Clinical social worker", "School social worker", "Medical social worker", "Supervisor",
        "Program director", "Therapist", "Child protective services investigator", "MSW student", "Professor",
        "Researcher", "Community organizer", "Discharge planner", "Hospice social worker"
    };
    private static final String[] SENTENCES = {
        "Just finished a great training on trauma-informed supervision.",
        "Does anyone have a good resource for emergency housing vouchers in the area?",
        "Reminder to take a real lunch break today, you deserve it.",
        "Our team finally got approval for the new peer support program.",
        "Looking for recommendations on CE courses about motivational interviewing.",
        "Court reports are due Friday and the coffee is already gone.",
        "Grateful for colleagues who show up for each other after a hard week.",
        "Sharing the slides from yesterday's panel on school-based mental health.",
        "How do you handle caseloads above forty without burning out?",
        "New study on harm reduction outcomes is worth a read.",
        "The state budget hearing is next Tuesday; advocacy letters welcome.",
        "Supervision tip: start with what went well before the hard cases.",
        "We are hiring two bilingual case managers, message me for details.",
        "Our food pantry partnership doubled its hours this month.",
        "Anyone attending the regional conference in the spring?",
        "Documentation takes longer than the visits some days.",
        "Interesting discussion today about ethics and dual relationships in rural practice.",
        "Please share: free legal clinic for tenants facing eviction this Saturday.",
        "The licensing exam prep group meets again on Thursday evening.",
        "Self-care is not a bubble bath, it is boundaries and a manageable caseload.",
        "Great webinar on culturally responsive practice with refugee families.",
        "Hospital discharge planning is harder when shelters are full.",
        "What screening tools do you use for older adults living alone?",
        "Celebrating ten years in child welfare this week.",
        "Field instructors make all the difference for students, thank you all."
    };
    private static final String[] TAGS = {
        "socialwork",
        "selfcare",
        "mentalhealth",
        "childwelfare",
        "ethics",
        "supervision",
        "advocacy",
        "housing",
        "harmreduction",
        "traumainformed",
        "schoolsocialwork",
        "hospice",
        "aging",
        "policy",
        "research",
        "msw",
        "lcsw",
        "burnout",
        "caseload",
        "ce",
        "cbt",
        "dbt",
        "motivationalinterviewing",
        "familyservices",
        "fostercare",
        "youth",
        "substanceuse",
        "recovery",
        "veterans",
        "immigration",
        "refugees",
        "disability",
        "domesticviolence",
        "crisisintervention",
        "grouptherapy",
        "telehealth",
        "medicalsocialwork",
        "dischargeplanning",
        "homelessness",
        "foodinsecurity",
        "communityorganizing",
        "justice",
        "reentry",
        "lgbtq",
        "equity",
        "culturalhumility",
        "fieldeducation",
        "students",
        "licensing",
        "documentation",
        "grief",
        "palliativecare",
        "schools",
        "juvenilejustice",
        "kinshipcare",
        "adoption",
        "parenting",
        "earlychildhood",
        "suicideprevention",
        "peersupport",
        "workforce",
        "mentoring",
        "conference",
        "webinar",
        "jobs",
        "hiring",
        "funding",
        "grants",
        "evaluation",
        "datainformed",
        "ruralpractice",
        "urbanhealth",
        "publichealth",
        "medicaid",
        "snap",
        "eviction"
    };
    private static final String[] REACTION_KINDS = {"LIKE", "INSIGHTFUL", "SUPPORT", "CELEBRATE", "CURIOUS"};
    private static final double[] REACTION_WEIGHTS = {0.60, 0.15, 0.15, 0.05, 0.05};

    private final Options options;
    private final SplittableRandom random;
    private final long started = System.nanoTime();
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    private long uncommittedRows;

    /** Where each member works: the community most of their network comes from. */
    private int[] cityOf;

    private int[][] membersByCity;
    private int[] followerCounts;

    record Options(
            String url,
            String user,
            String password,
            int members,
            int posts,
            int days,
            long seed,
            String memberPassword) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String arg : args) {
                if (!arg.startsWith("--") || !arg.contains("=")) {
                    throw new IllegalArgumentException("Expected --name=value, got " + arg);
                }
                values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
            String dataDir = values.remove("data-dir");
            String url = values.remove("url");
            if (url == null) {
                Path dir = Path.of(dataDir != null ? dataDir : "./data").toAbsolutePath();
                url = "jdbc:h2:file:" + dir.resolve("db").resolve("socialworkr") + H2_SETTINGS;
            }
            Options options = new Options(
                    url,
                    values.getOrDefault("user", url.startsWith("jdbc:h2:") ? "sa" : "postgres"),
                    values.getOrDefault("password", ""),
                    Integer.parseInt(values.getOrDefault("members", "100000")),
                    Integer.parseInt(values.getOrDefault("posts", "2000000")),
                    Integer.parseInt(values.getOrDefault("days", "90")),
                    Long.parseLong(values.getOrDefault("seed", "1")),
                    values.getOrDefault("member-password", DEFAULT_MEMBER_PASSWORD));
            values.keySet()
                    .removeAll(List.of("user", "password", "members", "posts", "days", "seed", "member-password"));
            if (!values.isEmpty()) {
                throw new IllegalArgumentException("Unknown options: " + values.keySet());
            }
            if (options.members < 10) {
                throw new IllegalArgumentException("At least 10 members");
            }
            return options;
        }
    }

    DatasetGenerator(Options options) {
        this.options = options;
        this.random = new SplittableRandom(options.seed);
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: DatasetGenerator [--data-dir=DIR | --url=JDBC-URL --user=U --password=P]"
                    + " [--members=100000] [--posts=2000000] [--days=90] [--seed=1] [--member-password=...]");
            System.exit(2);
            return;
        }
        new DatasetGenerator(options).run();
    }

    void run() throws Exception {
        log("migrating " + options.url);
        Flyway.configure()
                .dataSource(options.url, options.user, options.password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(options.url, options.user, options.password)) {
            connection.setAutoCommit(false);
            refuseIfNotEmpty(connection);
            boolean h2 = connection.getMetaData().getURL().startsWith("jdbc:h2:");
            Integer cacheKilobytes = h2 ? h2CacheKilobytes(connection) : null;
            if (h2) {
                // Index pages of millions of follows do not fit H2's default 16 MB cache. The
                // setting is stored in the database, so the original one is put back below.
                execute(connection, "set cache_size " + LOADING_CACHE_KILOBYTES);
            }
            members(connection);
            String typicalMember = network(connection);
            posts(connection);
            log("analyzing tables");
            execute(connection, "analyze");
            if (h2) {
                execute(connection, "set cache_size " + cacheKilobytes);
            }
            connection.commit();
            System.out.println("typical_member=" + typicalMember);
            System.out.println("member_password=" + options.memberPassword);
            System.out.printf("generation_seconds=%.1f%n", elapsedSeconds());
        }
    }

    private static int h2CacheKilobytes(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select setting_value from information_schema.settings where setting_name = 'info.CACHE_MAX_SIZE'")) {
            return result.next() ? Integer.parseInt(result.getString(1)) * 1024 : 16 * 1024;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void refuseIfNotEmpty(Connection connection) throws SQLException {
        for (String table : List.of("accounts", "posts")) {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select count(*) from " + table)) {
                result.next();
                if (result.getLong(1) > 0) {
                    throw new IllegalStateException(
                            "The database already has " + table + ": generate into an empty database");
                }
            }
        }
    }

    private void members(Connection connection) throws SQLException {
        int n = options.members;
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(options.memberPassword);
        Skew.Zipf citySizes = new Skew.Zipf(CITIES.length, 0.9);
        cityOf = new int[n];
        int[] cityCounts = new int[CITIES.length];
        PracticeArea[] areas = PracticeArea.values();
        Modality[] modalities = Modality.values();
        Credential[] credentials = Credential.values();
        Skew.Zipf areaPopularity = new Skew.Zipf(areas.length, 0.7);
        try (BatchInserter accounts = new BatchInserter(
                        connection,
                        "accounts",
                        List.of(
                                "username",
                                "email",
                                "password_hash",
                                "display_name",
                                "status",
                                "security_stamp",
                                "created_at",
                                "confirmed_at"),
                        null);
                BatchInserter profiles = new BatchInserter(
                        connection,
                        "profiles",
                        List.of(
                                "account_id",
                                "headline",
                                "agency",
                                "job_role",
                                "city",
                                "state_province",
                                "country",
                                "created_at",
                                "updated_at"),
                        accounts);
                BatchInserter practiceAreas = new BatchInserter(
                        connection, "profile_practice_areas", List.of("account_id", "practice_area"), profiles);
                BatchInserter profileModalities = new BatchInserter(
                        connection, "profile_modalities", List.of("account_id", "modality"), profiles);
                BatchInserter profileCredentials = new BatchInserter(
                        connection, "profile_credentials", List.of("account_id", "credential"), profiles)) {
            for (int member = 0; member < n; member++) {
                long id = member + 1L;
                int city = citySizes.sample(random);
                cityOf[member] = city;
                cityCounts[city]++;
                String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
                String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                OffsetDateTime joined = now.minusMinutes(random.nextLong(2L * 365 * 24 * 60) + options.days * 24L * 60);
                accounts.add(
                        username(member),
                        username(member) + "@bench.example",
                        hash,
                        first + " " + last,
                        "ACTIVE",
                        new UUID(random.nextLong(), random.nextLong()).toString(),
                        joined,
                        joined.plusMinutes(5));
                String role = ROLES[random.nextInt(ROLES.length)];
                String agency = AGENCIES[random.nextInt(AGENCIES.length)];
                profiles.add(
                        id,
                        role + " at " + agency,
                        agency,
                        role,
                        CITIES[city][0],
                        CITIES[city][1],
                        "United States",
                        joined,
                        joined);
                Set<Integer> chosen = new HashSet<>();
                int areaCount = 1 + random.nextInt(3);
                while (chosen.size() < areaCount) {
                    chosen.add(areaPopularity.sample(random));
                }
                for (int area : chosen) {
                    practiceAreas.add(id, areas[area].name());
                }
                chosen.clear();
                int modalityCount = random.nextInt(3);
                while (chosen.size() < modalityCount) {
                    chosen.add(random.nextInt(modalities.length));
                }
                for (int modality : chosen) {
                    profileModalities.add(id, modalities[modality].name());
                }
                profileCredentials.add(id, credentials[random.nextInt(Math.min(credentials.length, 8))].name());
                committed(connection, 5 + areaCount + modalityCount);
            }
        }
        connection.commit();
        membersByCity = new int[CITIES.length][];
        for (int city = 0; city < CITIES.length; city++) {
            membersByCity[city] = new int[cityCounts[city]];
        }
        int[] filled = new int[CITIES.length];
        for (int member = 0; member < n; member++) {
            membersByCity[cityOf[member]][filled[cityOf[member]]++] = member;
        }
        log(n + " members with profiles");
    }

    static String username(int member) {
        return "member" + (member + 1);
    }

    /**
     * Connections first (mostly within a member's city), then each member's follows: everyone
     * they are connected with (so connections follow each other both ways), topped up to their
     * drawn number of followees from their city, from the popular few (Zipf over a random
     * popularity order) and from anywhere.
     *
     * @return the username of a typical member: one who follows about a hundred people
     */
    private String network(Connection connection) throws SQLException {
        int n = options.members;
        IntLists connected = new IntLists(n);
        long connections = 0;
        try (BatchInserter inserter = new BatchInserter(
                connection,
                "connections",
                List.of("member_low", "member_high", "requester_id", "status", "created_at", "accepted_at"),
                null)) {
            for (int member = 0; member < n; member++) {
                int wanted = Skew.connectionCount(random) / 2;
                for (int attempt = 0; attempt < wanted * 3 && wanted > 0; attempt++) {
                    int other = random.nextDouble() < 0.85 ? sameCity(member) : random.nextInt(n);
                    if (other == member || connected.contains(member, other)) {
                        continue;
                    }
                    connected.add(member, other);
                    connected.add(other, member);
                    long low = Math.min(member, other) + 1L;
                    long high = Math.max(member, other) + 1L;
                    OffsetDateTime asked = now.minusMinutes(random.nextLong(365L * 24 * 60));
                    inserter.add(
                            low,
                            high,
                            random.nextBoolean() ? low : high,
                            "ACCEPTED",
                            asked,
                            asked.plusMinutes(1 + random.nextInt(3 * 24 * 60)));
                    connections++;
                    wanted--;
                    committed(connection, 1);
                }
            }
        }
        connection.commit();
        log(connections + " connections");

        int[] popularityOrder = shuffledMembers(n);
        Skew.Zipf popularity = new Skew.Zipf(n, 0.8);
        followerCounts = new int[n];
        String typicalMember = null;
        int typicalDistance = Integer.MAX_VALUE;
        long follows = 0;
        try (BatchInserter inserter =
                new BatchInserter(connection, "follows", List.of("follower_id", "followee_id", "created_at"), null)) {
            Set<Integer> followees = new HashSet<>();
            for (int member = 0; member < n; member++) {
                followees.clear();
                int[] friends = connected.of(member);
                for (int friend : friends) {
                    followees.add(friend);
                }
                int wanted = Math.max(friends.length, Skew.followeeCount(random, n - 1));
                for (int attempt = 0; followees.size() < wanted && attempt < wanted * 4; attempt++) {
                    double u = random.nextDouble();
                    int other = u < 0.70
                            ? sameCity(member)
                            : u < 0.85 ? popularityOrder[popularity.sample(random)] : random.nextInt(n);
                    if (other != member) {
                        followees.add(other);
                    }
                }
                for (int followee : followees) {
                    inserter.add(member + 1L, followee + 1L, now.minusMinutes(random.nextLong(365L * 24 * 60)));
                    followerCounts[followee]++;
                }
                follows += followees.size();
                committed(connection, followees.size());
                int distance = Math.abs(followees.size() - 100);
                if (distance < typicalDistance && membersByCity[cityOf[member]].length > 50) {
                    typicalDistance = distance;
                    typicalMember = username(member);
                }
                if ((member + 1) % 20_000 == 0) {
                    log("  follows of " + (member + 1) + " members: " + follows);
                }
            }
        }
        connection.commit();
        int[] sorted = followerCounts.clone();
        Arrays.sort(sorted);
        log(follows + " follows; followers: median " + sorted[n / 2] + ", p99 " + sorted[(int) (n * 0.99)] + ", max "
                + sorted[n - 1]);
        return typicalMember;
    }

    /**
     * Posts in time order, so that identity ids grow with created_at. Who writes is skewed: a
     * fifth of the members never post, the rest by a heavy-tailed activity, the popular more.
     */
    private void posts(Connection connection) throws SQLException {
        int n = options.members;
        double[] activity = new double[n];
        double sum = 0;
        for (int member = 0; member < n; member++) {
            double weight = random.nextDouble() < 0.2 ? 0 : Math.pow(1 - random.nextDouble(), -1 / 1.3);
            if (followerCounts[member] > 1000) {
                weight *= 3;
            }
            sum += weight;
            activity[member] = sum;
        }
        long span = options.days * 24L * 60 * 60;
        long[] seconds = new long[options.posts];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = random.nextLong(span - 60);
        }
        Arrays.sort(seconds);
        Instant start = now.toInstant().minusSeconds(span);
        Skew.Zipf tagPopularity = new Skew.Zipf(TAGS.length, 1.1);
        long hashtags = 0;
        long reactions = 0;
        try (BatchInserter posts = new BatchInserter(
                        connection,
                        "posts",
                        List.of("author_id", "body", "body_html", "visibility", "created_at"),
                        null);
                BatchInserter postHashtags =
                        new BatchInserter(connection, "post_hashtags", List.of("post_id", "tag"), posts);
                BatchInserter postReactions = new BatchInserter(
                        connection, "post_reactions", List.of("post_id", "account_id", "kind", "created_at"), posts)) {
            Set<String> tags = new HashSet<>();
            Set<Integer> reactors = new HashSet<>();
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < options.posts; i++) {
                long postId = i + 1L;
                int author = drawWeighted(activity, random.nextDouble() * sum);
                OffsetDateTime createdAt = OffsetDateTime.ofInstant(start.plusSeconds(seconds[i]), ZoneOffset.UTC);
                body.setLength(0);
                int sentences = 1 + random.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    if (s > 0) {
                        body.append(' ');
                    }
                    body.append(SENTENCES[random.nextInt(SENTENCES.length)]);
                }
                tags.clear();
                double u = random.nextDouble();
                int tagCount = u < 0.40 ? 0 : u < 0.75 ? 1 : u < 0.93 ? 2 : 3;
                while (tags.size() < tagCount) {
                    tags.add(TAGS[tagPopularity.sample(random)]);
                }
                for (String tag : tags) {
                    body.append(" #").append(tag);
                }
                double v = random.nextDouble();
                String visibility = v < 0.55 ? "PUBLIC" : v < 0.90 ? "MEMBERS" : "CONNECTIONS";
                String text = body.toString();
                posts.add((long) author + 1, text, "<p>" + escape(text) + "</p>", visibility, createdAt);
                for (String tag : tags) {
                    postHashtags.add(postId, tag);
                }
                hashtags += tags.size();
                double authorPopularity = 0.3 + Math.log10(1 + followerCounts[author]) / 2.5;
                int reactionCount = Skew.reactionCount(random, authorPopularity);
                reactors.clear();
                long age = Math.max(1, now.toEpochSecond() - createdAt.toEpochSecond());
                for (int attempt = 0; reactors.size() < reactionCount && attempt < reactionCount * 3; attempt++) {
                    int reactor = random.nextDouble() < 0.7 ? sameCity(author) : random.nextInt(n);
                    if (reactor != author && reactors.add(reactor)) {
                        postReactions.add(
                                postId,
                                reactor + 1L,
                                reactionKind(),
                                createdAt.plusSeconds(random.nextLong(Math.min(age, 2L * 24 * 3600))));
                    }
                }
                reactions += reactors.size();
                committed(connection, 1 + tags.size() + reactors.size());
                if ((i + 1) % 200_000 == 0) {
                    log("  " + (i + 1) + " posts, " + hashtags + " hashtags, " + reactions + " reactions");
                }
            }
        }
        connection.commit();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select count(*), min(id), max(id) from posts")) {
            result.next();
            if (result.getLong(1) != options.posts || result.getLong(2) != 1 || result.getLong(3) != options.posts) {
                throw new IllegalStateException("Post ids are not 1.." + options.posts + " in time order");
            }
        }
        log(options.posts + " posts, " + hashtags + " hashtags, " + reactions + " reactions");
    }

    private int sameCity(int member) {
        int[] neighbours = membersByCity[cityOf[member]];
        return neighbours[random.nextInt(neighbours.length)];
    }

    private String reactionKind() {
        double u = random.nextDouble();
        for (int i = 0; i < REACTION_KINDS.length - 1; i++) {
            u -= REACTION_WEIGHTS[i];
            if (u < 0) {
                return REACTION_KINDS[i];
            }
        }
        return REACTION_KINDS[REACTION_KINDS.length - 1];
    }

    private int[] shuffledMembers(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** The first index whose cumulative weight exceeds {@code target}: never a member of weight zero. */
    static int drawWeighted(double[] cumulative, double target) {
        int index = Arrays.binarySearch(cumulative, target);
        int found = index >= 0 ? index : -index - 1;
        while (found < cumulative.length - 1 && cumulative[found] <= target) {
            found++;
        }
        return Math.min(found, cumulative.length - 1);
    }

    static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    private void committed(Connection connection, int rows) throws SQLException {
        uncommittedRows += rows;
        if (uncommittedRows >= COMMIT_EVERY_ROWS) {
            connection.commit();
            uncommittedRows = 0;
        }
    }

    private double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private void log(String message) {
        System.out.printf("[%7.1f s] %s%n", elapsedSeconds(), message);
    }

    /** Growable int lists per member, small enough for a few million entries. */
    static final class IntLists {

        private final int[][] lists;
        private final int[] sizes;

        IntLists(int n) {
            lists = new int[n][];
            sizes = new int[n];
        }

        void add(int owner, int value) {
            int[] list = lists[owner];
            if (list == null) {
                list = lists[owner] = new int[4];
            } else if (sizes[owner] == list.length) {
                list = lists[owner] = Arrays.copyOf(list, list.length * 2);
            }
            list[sizes[owner]++] = value;
        }

        boolean contains(int owner, int value) {
            int[] list = lists[owner];
            for (int i = 0; i < sizes[owner]; i++) {
                if (list[i] == value) {
                    return true;
                }
            }
            return false;
        }

        int[] of(int owner) {
            return lists[owner] == null ? new int[0] : Arrays.copyOf(lists[owner], sizes[owner]);
        }
    }
}
