package org.socialworkr.feed;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Writes posts straight into the post module's tables, as the feed only reads them. */
@TestComponent
class TestPosts {

    private final JdbcClient jdbc;

    TestPosts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long publish(long authorId, String visibility, String body) {
        return insert(authorId, visibility, body, null, null);
    }

    long reply(long authorId, long inReplyToId, String body) {
        return insert(authorId, "PUBLIC", body, inReplyToId, null);
    }

    long repost(long authorId, long originalId) {
        return insert(authorId, "PUBLIC", "", null, originalId);
    }

    long direct(long authorId, String body, long recipientId) {
        long id = publish(authorId, "DIRECT", body);
        jdbc.sql("insert into post_recipients (post_id, account_id) values (:post, :account)")
                .param("post", id)
                .param("account", recipientId)
                .update();
        return id;
    }

    void delete(long postId) {
        jdbc.sql("update posts set deleted_at = :now where id = :id")
                .param("now", Timestamp.from(Instant.now()))
                .param("id", postId)
                .update();
    }

    private long insert(long authorId, String visibility, String body, Long inReplyToId, Long repostOfId) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        insert into posts (author_id, body, body_html, visibility, in_reply_to_id, thread_root_id,
                                           repost_of_id, created_at, version)
                        values (:author, :body, :html, :visibility, :reply, :reply, :repost, :now, 0)
                        """)
                .param("author", authorId)
                .param("body", body)
                .param("html", body.isEmpty() ? "" : "<p>" + body + "</p>")
                .param("visibility", visibility)
                .param("reply", inReplyToId)
                .param("repost", repostOfId)
                .param("now", Timestamp.from(Instant.now()))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }
}
