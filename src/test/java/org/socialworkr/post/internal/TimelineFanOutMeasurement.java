package org.socialworkr.post.internal;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.socialworkr.post.Timelines.HomeAudience;
import org.socialworkr.test.PostgreSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Fan-out on read against fan-out on write for the home timeline, on PostgreSQL: not a test, a
 * measurement to run by hand (the figures are in docs/architecture.md, "Home feed").
 *
 * <pre>
 * ./mvnw -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.socialworkr.post.internal.TimelineFanOutMeasurement [members] [posts] [sampled viewers]
 * </pre>
 *
 * It creates the scratch database {@code socialworkr_fanout} (dropped and made again on each run)
 * with the posts table and indexes of the migrations, members following 50 to 500 others with
 * popular members followed more, posts with prolific members posting more, a fifth of them
 * replies. Fan-out on read is measured with {@link TimelineQueries}, the very query the app runs;
 * fan-out on write with an inbox table {@code (owner_id, post_id desc)} filled for the sampled
 * viewers, and by the rows it would hold for everyone. Prints {@code name=value} lines.
 */
public final class TimelineFanOutMeasurement {

    private static final String DATABASE = "socialworkr_fanout";

    private TimelineFanOutMeasurement() {}

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int posts = args.length > 1 ? Integer.parseInt(args[1]) : 300_000;
        int sampled = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        try (Connection admin = PostgreSql.connect(PostgreSql.ADMIN_URL);
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
            statement.execute("create database " + DATABASE);
        }
        // One connection for the whole run, as from the app's pool: opening one per statement would be what is
        // measured.
        SingleConnectionDataSource dataSource =
                new SingleConnectionDataSource(PostgreSql.urlOf(DATABASE), PostgreSql.USER, PostgreSql.PASSWORD, true);
        JdbcClient jdbc = JdbcClient.create(dataSource);

        long started = System.nanoTime();
        generate(jdbc, members, posts);
        print("generate_seconds", (System.nanoTime() - started) / 1e9);
        print("members", members);
        print("posts", posts);
        print("follows", count(jdbc, "select count(*) from follows"));
        print("followees_avg", count(jdbc, "select count(*) / count(distinct follower_id) from follows"));

        TimelineQueries timelines = new TimelineQueries(jdbc, dataSource);
        List<Long> viewers = jdbc.sql("select distinct follower_id from follows order by follower_id")
                .query(Long.class)
                .list();
        Collections.shuffle(viewers, new Random(42));
        viewers = new ArrayList<>(viewers.subList(0, Math.min(sampled, viewers.size())));
        viewers.add(jdbc.sql("select follower_id from follows group by follower_id order by count(*) desc limit 1")
                .query(Long.class)
                .single());

        List<Double> firstPage = new ArrayList<>();
        List<Double> fifthPage = new ArrayList<>();
        List<Double> newer = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            boolean warm = round == 1;
            for (long viewer : viewers) {
                HomeAudience audience = audience(jdbc, viewer);
                List<Long> page = timed(warm ? firstPage : null, () -> timelines.home(audience, null, null, 20));
                List<Long> deeper = page;
                for (int i = 0; i < 3 && deeper.size() == 20; i++) {
                    long cursor = deeper.get(19);
                    deeper = timelines.home(audience, cursor, null, 20);
                }
                if (deeper.size() == 20) {
                    long cursor = deeper.get(19);
                    timed(warm ? fifthPage : null, () -> timelines.home(audience, cursor, null, 20));
                }
                long since = page.isEmpty() ? 0 : page.get(page.size() - 1);
                timed(warm ? newer : null, () -> List.of((long) timelines.countNewer(audience, since, 100)));
            }
        }
        report("read_first_page", firstPage);
        report("read_fifth_page", fifthPage);
        report("read_count_newer", newer);

        long inboxRows = count(
                jdbc,
                "select coalesce(sum(f.followers), 0) from posts p join (select followee_id, count(*) followers"
                        + " from follows group by followee_id) f on f.followee_id = p.author_id");
        print("write_inbox_rows_for_all", inboxRows);
        print("write_amplification_avg_rows_per_post", (double) inboxRows / posts);
        print(
                "write_amplification_max_rows_per_post",
                count(jdbc, "select max(c) from (select count(*) c from follows group by followee_id) f"));

        jdbc.sql("create table inbox (owner_id bigint not null, post_id bigint not null,"
                        + " constraint pk_inbox primary key (owner_id, post_id))")
                .update();
        jdbc.sql("create index ix_inbox on inbox (owner_id, post_id desc)").update();
        List<Double> fanOut = new ArrayList<>();
        List<Long> popular = jdbc.sql(
                        "select followee_id from follows group by followee_id order by count(*) desc limit 50")
                .query(Long.class)
                .list();
        long post = posts + 1L;
        for (long author : popular) {
            long id = post++;
            timed(
                    fanOut,
                    () -> List.of((long) jdbc.sql("insert into inbox (owner_id, post_id) select follower_id, :post"
                                    + " from follows where followee_id = :author")
                            .param("post", id)
                            .param("author", author)
                            .update()));
        }
        report("write_fan_out_one_post_by_a_popular_author", fanOut);
        jdbc.sql("delete from inbox").update();
        for (long viewer : viewers) {
            jdbc.sql("insert into inbox select :viewer, p.id from posts p where p.author_id in"
                            + " (select followee_id from follows where follower_id = :viewer) or p.author_id = :viewer"
                            + " on conflict do nothing")
                    .param("viewer", viewer)
                    .update();
        }
        jdbc.sql("analyze inbox").update();
        List<Double> inboxRead = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (long viewer : viewers) {
                timed(round == 1 ? inboxRead : null, () -> jdbc.sql(
                                "select post_id from inbox where owner_id = :viewer order by post_id desc limit 20")
                        .param("viewer", viewer)
                        .query(Long.class)
                        .list());
            }
        }
        report("read_inbox_first_page", inboxRead);
    }

    private static void generate(JdbcClient jdbc, int members, int posts) {
        for (String sql : List.of(
                """
                create table posts (
                    id bigint generated by default as identity primary key, author_id bigint not null,
                    body varchar(5000) not null, body_html varchar(40000) not null, content_warning varchar(120),
                    visibility varchar(20) not null, in_reply_to_id bigint, repost_of_id bigint,
                    created_at timestamp with time zone not null, deleted_at timestamp with time zone)
                """,
                "create table post_recipients (post_id bigint not null, account_id bigint not null,"
                        + " primary key (post_id, account_id))",
                "create table accounts (id bigint primary key, username varchar(30) not null,"
                        + " display_name varchar(100) not null)",
                "create table follows (follower_id bigint not null, followee_id bigint not null,"
                        + " primary key (follower_id, followee_id))",
                "insert into accounts select m, 'member' || m, 'Member ' || m from generate_series(1, :members) m",
                // 50 to 500 followees each (most near 50), popular members (low ids) followed far more often
                """
                insert into follows
                select m, (1 + floor(:members * power(random(), 2)))::bigint
                from generate_series(1, :members) m,
                     generate_series(1, 50 + (450 * power(((m * 7919) % :members)::float / :members, 3))::int) g
                on conflict do nothing
                """,
                "delete from follows where follower_id = followee_id",
                """
                insert into posts (author_id, body, body_html, visibility, created_at)
                select (1 + floor(:members * power(random(), 1.5)))::bigint, 'post ' || g, '<p>post ' || g || '</p>',
                       case when random() < 0.6 then 'PUBLIC' when random() < 0.7 then 'MEMBERS'
                            when random() < 0.9 then 'CONNECTIONS' else 'DIRECT' end,
                       now() - make_interval(secs => (:posts - g) * 60.0)
                from generate_series(1, :posts) g
                """,
                "update posts set in_reply_to_id = id - 1 - floor(random() * 50)::int where id > 100 and random() < 0.2",
                "create index ix_posts_author on posts (author_id, id desc)",
                "create index ix_posts_reply on posts (in_reply_to_id, id)",
                "create index ix_posts_repost on posts (repost_of_id)",
                "create index ix_posts_visibility on posts (visibility, id desc)",
                "analyze")) {
            JdbcClient.StatementSpec statement = jdbc.sql(sql);
            if (sql.contains(":members")) {
                statement = statement.param("members", members);
            }
            if (sql.contains(":posts")) {
                statement = statement.param("posts", posts);
            }
            statement.update();
        }
    }

    /** As the feed builds it: followees as authors, a third of them as connections, nobody hidden. */
    private static HomeAudience audience(JdbcClient jdbc, long viewer) {
        Set<Long> followees = new HashSet<>(jdbc.sql("select followee_id from follows where follower_id = :viewer")
                .param("viewer", viewer)
                .query(Long.class)
                .list());
        Set<Long> connections = new HashSet<>();
        followees.stream().filter(id -> id % 3 == 0).forEach(connections::add);
        return new HomeAudience(viewer, followees, connections, Set.of());
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static List<Long> timed(List<Double> millis, Supplier<List<Long>> action) {
        long started = System.nanoTime();
        List<Long> result = action.get();
        if (millis != null) {
            millis.add((System.nanoTime() - started) / 1e6);
        }
        return result;
    }

    private static void report(String name, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return;
        }
        print(name + "_samples", sorted.size());
        print(name + "_p50_ms", sorted.get(sorted.size() / 2));
        print(name + "_p99_ms", sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)));
        print(name + "_max_ms", sorted.get(sorted.size() - 1));
    }

    private static void print(String name, Object value) {
        String text = value instanceof Double number ? String.format(Locale.ROOT, "%.3f", number) : value.toString();
        System.out.println(name + "=" + text);
    }
}
