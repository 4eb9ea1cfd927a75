package org.socialworkr.chat.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.socialworkr.common.persistence.AfterCommit;
import org.socialworkr.connection.Connections;
import org.socialworkr.connection.Relationship;
import org.socialworkr.connection.RelationshipChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The relationships that sending a direct message checks (blocks, connection), kept in memory:
 * the two members of a conversation write to each other many times a minute, and reading it each
 * time was a fifth of a message's cost (a union of seven selects, which H2 never keeps parsed). A
 * change drops both members' entries right after its commit ({@link RelationshipChanged}), so a
 * block applies to the next message; an entry loading while the change commits is dropped once
 * loaded, never kept. {@link #FRESHNESS} bounds how long a change made on another node, whose
 * events do not reach this one, goes unseen when several nodes serve the instance.
 */
@Component
class ChatRelationships {

    static final Duration FRESHNESS = Duration.ofSeconds(10);
    static final long MAX_PAIRS = 100_000;

    private final Connections connections;
    private final Cache<Pair, Relationship> relationships = Caffeine.newBuilder()
            .expireAfterWrite(FRESHNESS)
            .maximumSize(MAX_PAIRS)
            .build();

    ChatRelationships(Connections connections) {
        this.connections = connections;
    }

    /** What {@link Connections#relationship} answers: the other member as the member sees them. */
    Relationship between(long memberId, long otherId) {
        return relationships.get(new Pair(memberId, otherId), pair -> connections.relationship(memberId, otherId));
    }

    @EventListener
    void on(RelationshipChanged event) {
        AfterCommit.run(() -> {
            relationships.invalidate(new Pair(event.memberId(), event.otherId()));
            relationships.invalidate(new Pair(event.otherId(), event.memberId()));
        });
    }

    private record Pair(long memberId, long otherId) {}
}
