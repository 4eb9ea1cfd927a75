package org.socialworkr.api.mastodon.streaming;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.api.mastodon.AccountViews;
import org.socialworkr.api.mastodon.Entities.Account;
import org.socialworkr.api.mastodon.Entities.Mention;
import org.socialworkr.api.mastodon.Entities.Notification;
import org.socialworkr.api.mastodon.Entities.Status;
import org.socialworkr.api.mastodon.StatusViews;
import org.socialworkr.api.mastodon.notifications.NotificationEntities;
import org.socialworkr.connection.Connections;
import org.socialworkr.notification.NotificationCreated;
import org.socialworkr.notification.NotificationNotFoundException;
import org.socialworkr.notification.Notifications;
import org.socialworkr.post.PostDeleted;
import org.socialworkr.post.PostEdited;
import org.socialworkr.post.PostPublished;
import org.socialworkr.post.PostReposted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happened, once committed, into streaming events for the members connected to this
 * node. Each member gets a status as the web would show it to them: through the same read model
 * ({@link StatusViews} leaves out what the member may not see: connections-only posts of others,
 * group posts outside their groups, direct posts to someone else), without muted or blocked
 * authors, and on their {@code user} stream only from themselves and whom they follow or are
 * connected with, as their home feed. That is a few statements per connected member and post,
 * fine for one node's sockets.
 */
@Component
class StreamingDelivery {

    /** Mastodon's conversation entity, the event of the {@code direct} stream. */
    record Conversation(
            String id, boolean unread, List<Account> accounts, @JsonProperty("last_status") Status lastStatus) {}

    private final StreamingHandler handler;
    private final StatusViews statuses;
    private final AccountViews accounts;
    private final Connections connections;
    private final Notifications notifications;
    private final NotificationEntities notificationEntities;

    StreamingDelivery(
            StreamingHandler handler,
            StatusViews statuses,
            AccountViews accounts,
            Connections connections,
            Notifications notifications,
            NotificationEntities notificationEntities) {
        this.handler = handler;
        this.statuses = statuses;
        this.accounts = accounts;
        this.connections = connections;
        this.notifications = notifications;
        this.notificationEntities = notificationEntities;
    }

    @ApplicationModuleListener
    void on(PostPublished event) {
        deliver(event.postId(), event.authorId(), Change.NEW);
    }

    @ApplicationModuleListener
    void on(PostReposted event) {
        deliver(event.repostId(), event.accountId(), Change.NEW);
    }

    /** Mastodon sends the edited status to the streams that carried it, as {@code status.update}. */
    @ApplicationModuleListener
    void on(PostEdited event) {
        deliver(event.postId(), event.authorId(), Change.EDITED);
    }

    /** Mastodon tells every stream: a client drops the id if it shows it and ignores it otherwise. */
    @ApplicationModuleListener
    void on(PostDeleted event) {
        String id = Long.toString(event.postId());
        for (Subscriber subscriber : handler.subscribers()) {
            for (Subscription subscription : subscriber.subscriptions()) {
                if (!Subscription.NOTIFICATION.equals(subscription.stream())) {
                    handler.send(subscriber, subscription, "delete", id);
                }
            }
        }
    }

    @ApplicationModuleListener
    void on(NotificationCreated event) {
        for (Subscriber subscriber : byMember().getOrDefault(event.recipientId(), List.of())) {
            if (!subscriber.mayReadNotifications()) {
                continue;
            }
            List<Notification> found;
            try {
                found = notificationEntities.of(
                        List.of(notifications.find(event.recipientId(), event.notificationId())), subscriber.member());
            } catch (NotificationNotFoundException dismissedAlready) {
                return;
            }
            for (Subscription subscription : subscriber.subscriptions()) {
                if (Subscription.USER.equals(subscription.stream())
                        || Subscription.NOTIFICATION.equals(subscription.stream())) {
                    found.forEach(notification -> handler.send(subscriber, subscription, "notification", notification));
                }
            }
        }
    }

    private void deliver(long postId, long actorId, Change change) {
        byMember().forEach((memberId, sockets) -> {
            CurrentAccount member = sockets.get(0).member();
            List<Status> seen = statuses.statuses(List.of(postId), member);
            if (seen.isEmpty() || hidden(memberId, seen.get(0))) {
                return;
            }
            Status status = seen.get(0);
            Set<Long> home = null;
            for (Subscriber subscriber : sockets) {
                for (Subscription subscription : subscriber.subscriptions()) {
                    if (Subscription.USER.equals(subscription.stream())) {
                        if (home == null) {
                            home = homeAuthors(memberId);
                        }
                        if (home.contains(actorId)) {
                            handler.send(subscriber, subscription, change.event, status);
                        }
                    } else if (Subscription.DIRECT.equals(subscription.stream())) {
                        if ("direct".equals(status.visibility()) && status.reblog() == null) {
                            if (change == Change.NEW) {
                                handler.send(subscriber, subscription, "conversation", conversation(status, member));
                            } else {
                                handler.send(subscriber, subscription, change.event, status);
                            }
                        }
                    } else if (publicOriginal(status) && matches(subscription, status)) {
                        handler.send(subscriber, subscription, change.event, status);
                    }
                }
            }
        });
    }

    private static boolean publicOriginal(Status status) {
        return "public".equals(status.visibility()) && status.reblog() == null;
    }

    private static boolean matches(Subscription subscription, Status status) {
        if (subscription.isPublic()) {
            return status.inReplyToId() == null;
        }
        if (subscription.isPublicMedia()) {
            return status.inReplyToId() == null && !status.mediaAttachments().isEmpty();
        }
        return subscription.isHashtag()
                && status.tags().stream().anyMatch(tag -> tag.name().equalsIgnoreCase(subscription.tag()));
    }

    /** Whether the member muted or blocked (or was blocked by) the author, or the reposted author. */
    private boolean hidden(long memberId, Status status) {
        Set<Long> hidden = new HashSet<>(connections.mutedIds(memberId));
        hidden.addAll(connections.blockedEitherWay(memberId));
        boolean authorHidden = hidden.contains(Long.valueOf(status.account().id()));
        return authorHidden
                || status.reblog() != null
                        && hidden.contains(
                                Long.valueOf(status.reblog().account().id()));
    }

    /** Whose posts the member's home feed shows: their own, and those of whom they follow or are connected with. */
    private Set<Long> homeAuthors(long memberId) {
        Set<Long> authors = new HashSet<>(connections.followingIds(memberId));
        authors.addAll(connections.connectionIds(memberId));
        authors.add(memberId);
        return authors;
    }

    /** The post's participants other than the member; as SocialWorkr has no conversation ids, the post's id. */
    private Conversation conversation(Status status, CurrentAccount member) {
        Set<Long> others = status.mentions().stream()
                .map(Mention::id)
                .map(Long::valueOf)
                .collect(Collectors.toCollection(HashSet::new));
        others.add(Long.valueOf(status.account().id()));
        others.remove(member.id());
        return new Conversation(status.id(), true, accounts.list(others, member), status);
    }

    private Map<Long, List<Subscriber>> byMember() {
        return handler.subscribers().stream()
                .collect(Collectors.groupingBy(subscriber -> subscriber.member().id()));
    }

    private enum Change {
        NEW("update"),
        EDITED("status.update");

        private final String event;

        Change(String event) {
            this.event = event;
        }
    }
}
