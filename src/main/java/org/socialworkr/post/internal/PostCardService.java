package org.socialworkr.post.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialworkr.account.AccountRole;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.post.GroupAccess;
import org.socialworkr.post.PostAccess;
import org.socialworkr.post.PostCard;
import org.socialworkr.post.PostCards;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.ViewerScope;
import org.socialworkr.post.internal.CardCache.SharedCard;
import org.socialworkr.post.internal.PostStore.CardDetails;
import org.socialworkr.post.internal.PostStore.CardRow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds cards with two statements whatever the page size: the posts and the posts they repost
 * with their authors, then every detail (recipients of direct posts, mentions, tags, images,
 * counts, and the viewer's own reactions, bookmarks and reposts) as one {@code union all}. What
 * every viewer sees of a post is kept in {@link CardCache}, so a page whose posts were all shown
 * recently costs one statement, the viewer's own marks. The viewer's scope costs two more unless
 * the caller knows it (the home feed keeps it in memory), and a page with group posts one more.
 * Avatars are not shown yet: profiles are not a dependency of this module.
 */
@Service
class PostCardService implements PostCards {

    private final PostStore store;
    private final CardCache cache;
    private final PostAccess access;
    private final ObjectProvider<GroupAccess> groupAccess;

    PostCardService(PostStore store, CardCache cache, PostAccess access, ObjectProvider<GroupAccess> groupAccess) {
        this.store = store;
        this.cache = cache;
        this.access = access;
        this.groupAccess = groupAccess;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PostCard> cards(List<Long> ids, CurrentAccount viewer) {
        return ids.isEmpty() ? List.of() : build(ids, viewer, access.scopeOf(viewer), false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PostCard> cards(List<Long> ids, CurrentAccount viewer, ViewerScope scope) {
        return ids.isEmpty() ? List.of() : build(ids, viewer, scope, false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PostCard> threadCards(List<Long> ids, CurrentAccount viewer) {
        return ids.isEmpty() ? List.of() : build(ids, viewer, access.scopeOf(viewer), true);
    }

    private List<PostCard> build(List<Long> ids, CurrentAccount viewer, ViewerScope viewerScope, boolean placeholders) {
        Page page = load(ids, viewer == null ? null : viewer.id());
        Map<Long, SharedCard> shared = page.shared();
        CardDetails marks = page.marks();
        ViewerScope scope = withGroups(
                viewerScope,
                shared.values().stream().map(card -> card.row().post()).toList());
        Set<Long> visible = new HashSet<>();
        for (SharedCard card : shared.values()) {
            Post post = card.row().post();
            if (!post.isDeleted()
                    && card.row().authorActive()
                    && scope.canSee(post.authorId(), post.visibility(), card.recipients(), post.groupId())) {
                visible.add(post.id());
            }
        }
        List<PostCard> cards = new ArrayList<>();
        for (Long id : ids) {
            SharedCard card = shared.get(id);
            if (card == null) {
                continue;
            }
            Post post = card.row().post();
            if (visible.contains(id) && (!post.isRepost() || visible.contains(post.repostOfId()))) {
                PostCard repostOf = post.isRepost() ? card(shared.get(post.repostOfId()), marks, viewer, null) : null;
                cards.add(card(card, marks, viewer, repostOf));
            } else if (placeholders && post.isDeleted()) {
                cards.add(placeholder(post));
            }
        }
        return cards;
    }

    /**
     * The shared part of the cards from {@link CardCache}, the posts missing there (and the posts
     * their reposts repost) from the database, and the viewer's marks on all of them: one statement
     * when every card is cached, three at most.
     */
    private Page load(List<Long> ids, Long viewerId) {
        Map<Long, SharedCard> shared = new HashMap<>(cache.present(ids));
        Set<Long> originals = new HashSet<>();
        shared.values().stream()
                .map(card -> card.row().post())
                .filter(Post::isRepost)
                .forEach(post -> originals.add(post.repostOfId()));
        originals.removeAll(shared.keySet());
        shared.putAll(cache.present(originals));
        Set<Long> missing = new LinkedHashSet<>(ids);
        missing.addAll(originals);
        missing.removeAll(shared.keySet());

        long stamp = cache.stamp();
        Map<Long, CardRow> rows = missing.isEmpty() ? Map.of() : store.cardRows(missing);
        List<Long> direct = rows.values().stream()
                .map(CardRow::post)
                .filter(post -> post.visibility() == PostVisibility.DIRECT)
                .map(Post::id)
                .toList();
        Set<Long> marked = new HashSet<>(shared.keySet());
        marked.addAll(rows.keySet());
        CardDetails details = store.cardDetails(rows.keySet(), direct, viewerId, marked);
        Map<Long, SharedCard> loaded = new HashMap<>();
        rows.forEach((id, row) -> loaded.put(
                id,
                new SharedCard(
                        row,
                        details.recipients.getOrDefault(id, Set.of()),
                        details.mentions.getOrDefault(id, List.of()),
                        details.hashtags.getOrDefault(id, List.of()),
                        details.media.getOrDefault(id, List.of()),
                        details.replies.getOrDefault(id, 0L),
                        details.reposts.getOrDefault(id, 0L),
                        details.reactions.getOrDefault(id, Map.of()))));
        cache.put(loaded, stamp);
        shared.putAll(loaded);
        return new Page(shared, details);
    }

    /** @param marks the viewer's reactions, bookmarks and reposts among the cards */
    private record Page(Map<Long, SharedCard> shared, CardDetails marks) {}

    /** One more statement, only when the page holds group posts: which of their groups the viewer may read. */
    private ViewerScope withGroups(ViewerScope scope, Collection<Post> posts) {
        Set<Long> groupIds = new HashSet<>();
        posts.stream()
                .filter(post -> post.visibility() == PostVisibility.GROUP && post.groupId() != null)
                .forEach(post -> groupIds.add(post.groupId()));
        groupIds.removeAll(scope.groupIds());
        if (groupIds.isEmpty()) {
            return scope;
        }
        return scope.withReadableGroups(
                groupAccess.getIfAvailable(() -> NoGroups.INSTANCE).readableAmong(scope.viewerId(), groupIds));
    }

    private static PostCard card(SharedCard shared, CardDetails marks, CurrentAccount viewer, PostCard repostOf) {
        Post post = shared.row().post();
        boolean mine = viewer != null && viewer.id() == post.authorId();
        long id = post.id();
        return new PostCard(
                id,
                new PostCard.Author(
                        post.authorId(),
                        shared.row().authorUsername(),
                        shared.row().authorDisplayName(),
                        null),
                post.createdAt(),
                post.editedAt(),
                post.visibility(),
                post.contentWarning(),
                post.bodyHtml(),
                post.language(),
                post.inReplyToId(),
                false,
                shared.hashtags(),
                shared.mentions(),
                shared.media(),
                shared.replies(),
                shared.reposts(),
                shared.reactions(),
                marks.mine.getOrDefault(id, Set.of()),
                marks.bookmarked.contains(id),
                marks.reposted.contains(id),
                repostOf,
                mine && !post.isRepost(),
                mine || (viewer != null && viewer.canUse(AccountRole.MODERATOR)));
    }

    private static PostCard placeholder(Post post) {
        return new PostCard(
                post.id(),
                null,
                post.createdAt(),
                null,
                post.visibility(),
                null,
                "",
                null,
                post.inReplyToId(),
                true,
                List.of(),
                List.of(),
                List.of(),
                0,
                0,
                Map.of(),
                Set.of(),
                false,
                false,
                null,
                false,
                false);
    }
}
