package org.socialworkr.post.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountRole;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.post.PostAccess;
import org.socialworkr.post.PostCard;
import org.socialworkr.post.PostCards;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.ReactionKind;
import org.socialworkr.post.ViewerScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds cards with a fixed number of statements whatever the page size: the posts, the posts they
 * repost, the viewer's scope (two), recipients of direct posts, mentions, the authors and
 * mentioned members, five counts and
 * details, and three "by me" sets for a member. Avatars are not shown yet: profiles are not a
 * dependency of this module.
 */
@Service
class PostCardService implements PostCards {

    private final PostStore store;
    private final PostAccess access;
    private final AccountDirectory accounts;

    PostCardService(PostStore store, PostAccess access, AccountDirectory accounts) {
        this.store = store;
        this.access = access;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PostCard> cards(List<Long> ids, CurrentAccount viewer) {
        return build(ids, viewer, false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PostCard> threadCards(List<Long> ids, CurrentAccount viewer) {
        return build(ids, viewer, true);
    }

    private List<PostCard> build(List<Long> ids, CurrentAccount viewer, boolean placeholders) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Post> posts = new HashMap<>();
        store.findAll(new LinkedHashSet<>(ids)).forEach(post -> posts.put(post.id(), post));
        Set<Long> originalIds = new HashSet<>();
        posts.values().stream().filter(Post::isRepost).forEach(post -> originalIds.add(post.repostOfId()));
        originalIds.removeAll(posts.keySet());
        store.findAll(originalIds).forEach(post -> posts.put(post.id(), post));

        ViewerScope scope = access.scopeOf(viewer);
        List<Long> direct = posts.values().stream()
                .filter(post -> post.visibility() == PostVisibility.DIRECT)
                .map(Post::id)
                .toList();
        Map<Long, Set<Long>> recipients = store.recipients(direct);
        Map<Long, List<Long>> mentioned = store.mentions(posts.keySet());
        Set<Long> accountIds = new HashSet<>();
        posts.values().forEach(post -> accountIds.add(post.authorId()));
        mentioned.values().forEach(accountIds::addAll);
        Map<Long, AccountSummary> authors = accounts.findAll(accountIds);

        Set<Long> visible = new HashSet<>();
        for (Post post : posts.values()) {
            AccountSummary author = authors.get(post.authorId());
            if (!post.isDeleted()
                    && author != null
                    && author.status() == AccountStatus.ACTIVE
                    && scope.canSee(post.authorId(), post.visibility(), recipients.getOrDefault(post.id(), Set.of()))) {
                visible.add(post.id());
            }
        }
        Details details = details(visible, viewer);
        List<PostCard> cards = new ArrayList<>();
        for (Long id : ids) {
            Post post = posts.get(id);
            if (post == null) {
                continue;
            }
            if (visible.contains(id) && (!post.isRepost() || visible.contains(post.repostOfId()))) {
                PostCard repostOf = post.isRepost()
                        ? card(posts.get(post.repostOfId()), authors, mentioned, details, viewer, null)
                        : null;
                cards.add(card(post, authors, mentioned, details, viewer, repostOf));
            } else if (placeholders && post.isDeleted()) {
                cards.add(placeholder(post));
            }
        }
        return cards;
    }

    private record Details(
            Map<Long, Long> replies,
            Map<Long, Long> reposts,
            Map<Long, Map<ReactionKind, Long>> reactions,
            Map<Long, List<String>> hashtags,
            Map<Long, List<PostCard.Attachment>> media,
            Map<Long, Set<ReactionKind>> mine,
            Set<Long> bookmarked,
            Set<Long> reposted) {}

    private Details details(Collection<Long> ids, CurrentAccount viewer) {
        if (ids.isEmpty()) {
            return new Details(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Set.of(), Set.of());
        }
        boolean member = viewer != null;
        return new Details(
                store.replyCounts(ids),
                store.repostCounts(ids),
                store.reactionCounts(ids),
                store.hashtags(ids),
                store.media(ids),
                member ? store.reactionsBy(viewer.id(), ids) : Map.of(),
                member ? store.bookmarkedAmong(viewer.id(), ids) : Set.of(),
                member ? store.repostedAmong(viewer.id(), ids) : Set.of());
    }

    private static PostCard card(
            Post post,
            Map<Long, AccountSummary> authors,
            Map<Long, List<Long>> mentioned,
            Details details,
            CurrentAccount viewer,
            PostCard repostOf) {
        AccountSummary author = authors.get(post.authorId());
        boolean mine = viewer != null && viewer.id() == post.authorId();
        long id = post.id();
        return new PostCard(
                id,
                new PostCard.Author(author.id(), author.username(), author.displayName(), null),
                post.createdAt(),
                post.editedAt(),
                post.visibility(),
                post.contentWarning(),
                post.bodyHtml(),
                post.inReplyToId(),
                false,
                details.hashtags().getOrDefault(id, List.of()),
                mentioned.getOrDefault(id, List.of()).stream()
                        .map(authors::get)
                        .filter(account -> account != null && account.status() == AccountStatus.ACTIVE)
                        .map(account -> new PostCard.Mention(account.id(), account.username()))
                        .toList(),
                details.media().getOrDefault(id, List.of()),
                details.replies().getOrDefault(id, 0L),
                details.reposts().getOrDefault(id, 0L),
                details.reactions().getOrDefault(id, Map.of()),
                details.mine().getOrDefault(id, Set.of()),
                details.bookmarked().contains(id),
                details.reposted().contains(id),
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
