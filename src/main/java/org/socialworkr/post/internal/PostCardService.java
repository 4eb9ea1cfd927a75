package org.socialworkr.post.internal;

import java.util.ArrayList;
import java.util.Collection;
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
import org.socialworkr.post.internal.PostStore.CardDetails;
import org.socialworkr.post.internal.PostStore.CardRow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds cards with two statements whatever the page size: the posts and the posts they repost
 * with their authors, then every detail (recipients of direct posts, mentions, tags, images,
 * counts, and the viewer's own reactions, bookmarks and reposts) as one {@code union all}. The
 * viewer's scope costs two more unless the caller knows it (the home feed keeps it in memory), and
 * a page with group posts one more. Avatars are not shown yet: profiles are not a dependency of
 * this module.
 */
@Service
class PostCardService implements PostCards {

    private final PostStore store;
    private final PostAccess access;
    private final ObjectProvider<GroupAccess> groupAccess;

    PostCardService(PostStore store, PostAccess access, ObjectProvider<GroupAccess> groupAccess) {
        this.store = store;
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
        Map<Long, CardRow> rows = store.cardRows(new LinkedHashSet<>(ids));
        ViewerScope scope = withGroups(
                viewerScope, rows.values().stream().map(CardRow::post).toList());
        List<Long> direct = rows.values().stream()
                .map(CardRow::post)
                .filter(post -> post.visibility() == PostVisibility.DIRECT)
                .map(Post::id)
                .toList();
        CardDetails details = store.cardDetails(rows.keySet(), direct, viewer == null ? null : viewer.id());

        Set<Long> visible = new HashSet<>();
        for (CardRow row : rows.values()) {
            Post post = row.post();
            if (!post.isDeleted()
                    && row.authorActive()
                    && scope.canSee(
                            post.authorId(),
                            post.visibility(),
                            details.recipients.getOrDefault(post.id(), Set.of()),
                            post.groupId())) {
                visible.add(post.id());
            }
        }
        List<PostCard> cards = new ArrayList<>();
        for (Long id : ids) {
            CardRow row = rows.get(id);
            if (row == null) {
                continue;
            }
            Post post = row.post();
            if (visible.contains(id) && (!post.isRepost() || visible.contains(post.repostOfId()))) {
                PostCard repostOf = post.isRepost() ? card(rows.get(post.repostOfId()), details, viewer, null) : null;
                cards.add(card(row, details, viewer, repostOf));
            } else if (placeholders && post.isDeleted()) {
                cards.add(placeholder(post));
            }
        }
        return cards;
    }

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

    private static PostCard card(CardRow row, CardDetails details, CurrentAccount viewer, PostCard repostOf) {
        Post post = row.post();
        boolean mine = viewer != null && viewer.id() == post.authorId();
        long id = post.id();
        return new PostCard(
                id,
                new PostCard.Author(post.authorId(), row.authorUsername(), row.authorDisplayName(), null),
                post.createdAt(),
                post.editedAt(),
                post.visibility(),
                post.contentWarning(),
                post.bodyHtml(),
                post.inReplyToId(),
                false,
                details.hashtags.getOrDefault(id, List.of()),
                details.mentions.getOrDefault(id, List.of()),
                details.media.getOrDefault(id, List.of()),
                details.replies.getOrDefault(id, 0L),
                details.reposts.getOrDefault(id, 0L),
                details.reactions.getOrDefault(id, Map.of()),
                details.mine.getOrDefault(id, Set.of()),
                details.bookmarked.contains(id),
                details.reposted.contains(id),
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
