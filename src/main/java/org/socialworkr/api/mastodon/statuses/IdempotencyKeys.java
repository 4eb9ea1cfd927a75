package org.socialworkr.api.mastodon.statuses;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mastodon's {@code Idempotency-Key}: a client that retries a post after a lost answer gets the
 * status its first request made instead of a second one. A key is claimed before the post is
 * written, so two requests racing with one key make one post; a key expires after an hour.
 */
@Component
class IdempotencyKeys {

    static final Duration LIFETIME = Duration.ofHours(1);
    static final int MAX_KEY_LENGTH = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Outcome of {@link #claim}: the key is ours now, or an earlier request holds it (with its post once done). */
    record Claim(boolean claimed, Long postId) {}

    Claim claim(long accountId, String key) {
        Instant now = clock.instant();
        jdbc.sql("delete from api_idempotency_keys where account_id = :account and idempotency_key = :key"
                        + " and created_at <= :expired")
                .param("account", accountId)
                .param("key", key)
                .param("expired", Timestamp.from(now.minus(LIFETIME)))
                .update();
        try {
            jdbc.sql(
                            """
                            insert into api_idempotency_keys (account_id, idempotency_key, post_id, created_at)
                            values (:account, :key, null, :now)
                            """)
                    .param("account", accountId)
                    .param("key", key)
                    .param("now", Timestamp.from(now))
                    .update();
            return new Claim(true, null);
        } catch (DuplicateKeyException taken) {
            Optional<Long> postId = jdbc.sql("select coalesce(post_id, 0) from api_idempotency_keys"
                            + " where account_id = :account and idempotency_key = :key")
                    .param("account", accountId)
                    .param("key", key)
                    .query(Long.class)
                    .optional();
            return new Claim(false, postId.filter(id -> id > 0).orElse(null));
        }
    }

    void complete(long accountId, String key, long postId) {
        jdbc.sql(
                        "update api_idempotency_keys set post_id = :post where account_id = :account and idempotency_key = :key")
                .param("post", postId)
                .param("account", accountId)
                .param("key", key)
                .update();
    }

    /** The request failed (a refused text, say): the client may retry with the same key. */
    void release(long accountId, String key) {
        jdbc.sql("delete from api_idempotency_keys where account_id = :account and idempotency_key = :key"
                        + " and post_id is null")
                .param("account", accountId)
                .param("key", key)
                .update();
    }
}
