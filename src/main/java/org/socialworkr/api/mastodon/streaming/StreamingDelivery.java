package org.socialworkr.api.mastodon.streaming;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.api.mastodon.DirectStatusIds;
import org.socialworkr.api.mastodon.DirectStatuses;
import org.socialworkr.api.mastodon.Entities.Conversation;
import org.socialworkr.api.mastodon.Entities.Notification;
import org.socialworkr.api.mastodon.Entities.Status;
import org.socialworkr.api.mastodon.StatusViews;
import org.socialworkr.api.mastodon.notifications.NotificationEntities;
import org.socialworkr.chat.DirectConversations;
import org.socialworkr.chat.MessageDeleted;
import org.socialworkr.chat.MessageEdited;
import org.socialworkr.chat.MessageSent;
import org.socialworkr.common.NotFoundException;
import org.socialworkr.connection.Connections;
import org.socialworkr.notification.NotificationCreated;
import org.socialworkr.notification.NotificationNotFoundException;
import org.socialworkr.notification.Notifications;
import org.socialworkr.post.PostDeleted;
import org.socialworkr.post.PostEdited;
import org.socialworkr.post.PostPublished;
import org.socialworkr.post.PostReposted;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    private final StreamingHandler handler;
    private final StatusViews statuses;
    private final Connections connections;
    private final Notifications notifications;
    private final NotificationEntities notificationEntities;
    private final DirectConversations direct;
    private final DirectStatuses directStatuses;
    private final Executor executor;

    StreamingDelivery(
            StreamingHandler handler,
            StatusViews statuses,
            Connections connections,
            Notifications notifications,
            NotificationEntities notificationEntities,
            DirectConversations direct,
            DirectStatuses directStatuses,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        this.handler = handler;
        this.statuses = statuses;
        this.connections = connections;
        this.notifications = notifications;
        this.notificationEntities = notificationEntities;
        this.direct = direct;
        this.directStatuses = directStatuses;
        this.executor = executor;
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

    /**
     * Every participant's {@code direct} stream hears of a new message, whichever way it was sent
     * (web, STOMP, chat API, Mastodon API): the conversation as that participant sees it. Not an
     * {@code ApplicationModuleListener}: messages come hundreds a second in shared commits, and a
     * stored event publication for each would cost the chat a commit per message; nothing is done
     * at all while none of the participants listens, and a client that missed an event catches up
     * by reading its conversations.
     */
    @EventListener
    void on(MessageSent event) {
        Set<Long> participants = new HashSet<>(event.recipientIds());
        participants.add(event.senderId());
        if (directListeners(participants).isEmpty()) {
            return;
        }
        afterCommit(() -> deliverConversation(event.conversationId(), participants));
    }

    /** An edited message reaches the direct streams of those who can read it as {@code status.update}, as Mastodon does. */
    @EventListener
    void on(MessageEdited event) {
        afterCommit(() -> deliverMessageChange(event.messageId(), "status.update"));
    }

    @EventListener
    void on(MessageDeleted event) {
        afterCommit(() -> deliverMessageChange(event.messageId(), "delete"));
    }

    private void afterCommit(Runnable work) {
        Runnable delivery = () -> executor.execute(work);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.run();
                }
            });
        } else {
            delivery.run();
        }
    }

    /** The events carry no participants; each member listening to a direct stream is asked whether they can read the message. */
    private void deliverMessageChange(long messageId, String change) {
        String id = Long.toString(DirectStatusIds.statusId(messageId));
        byMember().forEach((memberId, sockets) -> {
            if (sockets.stream().noneMatch(StreamingDelivery::listensToDirect)) {
                return;
            }
            CurrentAccount member = sockets.get(0).member();
            Object payload;
            try {
                DirectConversations.Message found = direct.message(memberId, messageId);
                if ("delete".equals(change)) {
                    payload = id;
                } else {
                    List<Status> seen =
                            directStatuses.statuses(List.of(found.message()), found.participantIds(), member);
                    if (seen.isEmpty()) {
                        return;
                    }
                    payload = seen.get(0);
                }
            } catch (NotFoundException notTheirs) {
                return;
            }
            for (Subscriber subscriber : sockets) {
                for (Subscription subscription : subscriber.subscriptions()) {
                    if (Subscription.DIRECT.equals(subscription.stream())) {
                        handler.send(subscriber, subscription, change, payload);
                    }
                }
            }
        });
    }

    private static boolean listensToDirect(Subscriber subscriber) {
        return subscriber.subscriptions().stream()
                .anyMatch(subscription -> Subscription.DIRECT.equals(subscription.stream()));
    }

    private void deliverConversation(long conversationId, Set<Long> participants) {
        directListeners(participants).forEach((memberId, sockets) -> {
            CurrentAccount member = sockets.get(0).member();
            Conversation conversation;
            try {
                conversation = directStatuses
                        .conversations(List.of(direct.directConversation(memberId, conversationId)), member)
                        .get(0);
            } catch (NotFoundException leftMeanwhile) {
                return;
            }
            for (Subscriber subscriber : sockets) {
                for (Subscription subscription : subscriber.subscriptions()) {
                    if (Subscription.DIRECT.equals(subscription.stream())) {
                        handler.send(subscriber, subscription, "conversation", conversation);
                    }
                }
            }
        });
    }

    /** The sockets of these members that listen to their {@code direct} stream, by member. */
    private Map<Long, List<Subscriber>> directListeners(Set<Long> memberIds) {
        return handler.subscribers().stream()
                .filter(subscriber -> memberIds.contains(subscriber.member().id()))
                .filter(StreamingDelivery::listensToDirect)
                .collect(Collectors.groupingBy(subscriber -> subscriber.member().id()));
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
