package org.socialworkr.api.mastodon;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.api.mastodon.Entities.MediaAttachment;
import org.socialworkr.api.mastodon.Entities.Mention;
import org.socialworkr.api.mastodon.Entities.Status;
import org.socialworkr.api.mastodon.Entities.Tag;
import org.socialworkr.common.InstanceProperties;
import org.socialworkr.post.PostCard;
import org.socialworkr.post.PostCards;
import org.socialworkr.post.PostLists;
import org.socialworkr.post.PostNotFoundException;
import org.socialworkr.post.ReactionKind;
import org.springframework.stereotype.Component;

/**
 * Post cards as Mastodon's Status entity. A page costs the cards' batched reads plus a fixed few:
 * the authors' accounts with their counts, and the authors of the posts answered. A "like" is Mastodon's favourite; the
 * other SocialWorkr reactions have no Mastodon equivalent and are left out.
 */
@Component
public class StatusViews {

    private final PostCards cards;
    private final PostLists postLists;
    private final AccountViews accounts;
    private final InstanceProperties instance;

    StatusViews(PostCards cards, PostLists postLists, AccountViews accounts, InstanceProperties instance) {
        this.cards = cards;
        this.postLists = postLists;
        this.accounts = accounts;
        this.instance = instance;
    }

    /** One status the viewer may see, or 404. */
    public Status status(long id, CurrentAccount viewer) {
        return statuses(List.of(id), viewer).stream().findFirst().orElseThrow(PostNotFoundException::new);
    }

    /** Statuses in the order of the ids; those the viewer may not see are left out. */
    public List<Status> statuses(List<Long> ids, CurrentAccount viewer) {
        return of(cards.cards(ids, viewer), viewer);
    }

    /** The cards as the viewer sees them (the authors' counts depend on who looks). */
    public List<Status> of(List<PostCard> found, CurrentAccount viewer) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<Long> authorIds = new HashSet<>();
        Set<Long> parentIds = new HashSet<>();
        for (PostCard card : found) {
            collect(card, authorIds, parentIds);
            if (card.repostOf() != null) {
                collect(card.repostOf(), authorIds, parentIds);
            }
        }
        AccountViews.Authors authors = accounts.authors(authorIds, viewer);
        Map<Long, Long> parentAuthors = postLists.authorsOf(parentIds);
        return found.stream().map(card -> status(card, authors, parentAuthors)).toList();
    }

    private static void collect(PostCard card, Set<Long> authorIds, Set<Long> parentIds) {
        authorIds.add(card.author().id());
        if (card.inReplyToId() != null) {
            parentIds.add(card.inReplyToId());
        }
    }

    private Status status(PostCard card, AccountViews.Authors authors, Map<Long, Long> parentAuthors) {
        String url = instance.absoluteUrl("/posts/" + card.id());
        String warning = card.contentWarning() == null ? "" : card.contentWarning();
        Long parentAuthor = card.inReplyToId() == null ? null : parentAuthors.get(card.inReplyToId());
        PostCard acted = card.repostOf() == null ? card : card.repostOf();
        return new Status(
                Long.toString(card.id()),
                url,
                card.createdAt(),
                accounts.author(card.author(), authors),
                card.isRepost() ? "" : card.bodyHtml(),
                card.visibility().apiName(),
                !warning.isEmpty(),
                warning,
                card.attachments().stream().map(this::media).toList(),
                null,
                card.mentions().stream()
                        .map(mention -> new Mention(
                                Long.toString(mention.id()),
                                mention.username(),
                                instance.absoluteUrl("/@" + mention.username()),
                                mention.username()))
                        .toList(),
                card.hashtags().stream().map(this::tag).toList(),
                List.of(),
                card.repostCount(),
                card.reactionCount(ReactionKind.LIKE),
                card.replyCount(),
                url,
                card.inReplyToId() == null ? null : Long.toString(card.inReplyToId()),
                parentAuthor == null ? null : Long.toString(parentAuthor),
                card.repostOf() == null ? null : status(card.repostOf(), authors, parentAuthors),
                null,
                null,
                card.language(),
                null,
                card.editedAt(),
                // A reblog wrapper shows the viewer's actions on the original, as Mastodon's does.
                acted.reactedWith(ReactionKind.LIKE),
                acted.reposted(),
                false,
                acted.bookmarked(),
                false,
                List.of());
    }

    public MediaAttachment media(PostCard.Attachment attachment) {
        String url = instance.absoluteUrl(attachment.url());
        return new MediaAttachment(
                attachment.imageKey(), "image", url, url, null, Map.of(), attachment.altText(), null);
    }

    public Tag tag(String name) {
        return new Tag(name, instance.absoluteUrl("/tags/" + name), List.of(), null);
    }
}
