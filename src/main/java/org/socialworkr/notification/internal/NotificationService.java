package org.socialworkr.notification.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.connection.Connections;
import org.socialworkr.connection.Relationship;
import org.socialworkr.notification.NotificationCreated;
import org.socialworkr.notification.NotificationNotFoundException;
import org.socialworkr.notification.NotificationType;
import org.socialworkr.notification.NotificationView;
import org.socialworkr.notification.Notifications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A page of notifications in two queries: the notifications, then the names of everyone who acted. */
@Service
@Transactional(readOnly = true)
class NotificationService implements Notifications {

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final AccountDirectory directory;
    private final Connections connections;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NotificationService(
            NotificationRepository notifications,
            NotificationPreferenceRepository preferences,
            AccountDirectory directory,
            Connections connections,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.notifications = notifications;
        this.preferences = preferences;
        this.directory = directory;
        this.connections = connections;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean notify(long recipientId, NotificationType type, long actorId, Long subjectId) {
        Objects.requireNonNull(type, "type");
        if (recipientId == actorId || !enabled(recipientId, type)) {
            return false;
        }
        // Events arrive after their transaction, possibly after one of the two left or blocked the other.
        if (directory.findAll(Set.of(recipientId, actorId)).size() < 2
                || silenced(connections.relationship(recipientId, actorId))
                || notifications.existsUnread(recipientId, type, actorId, subjectId)) {
            return false;
        }
        Notification saved =
                notifications.save(Notification.of(recipientId, type, actorId, subjectId, clock.instant()));
        events.publishEvent(new NotificationCreated(saved.id(), recipientId));
        return true;
    }

    @Override
    public List<NotificationView> list(long recipientId, Long beforeId, int limit) {
        Limit page = Limit.of(Math.max(1, Math.min(limit, MAX_PAGE_SIZE)));
        List<Notification> found = beforeId == null
                ? notifications.findByRecipientAccountIdOrderByIdDesc(recipientId, page)
                : notifications.findByRecipientAccountIdAndIdLessThanOrderByIdDesc(recipientId, beforeId, page);
        Map<Long, AccountSummary> actors = directory.findAll(
                found.stream().map(Notification::actorAccountId).collect(Collectors.toSet()));
        // Deleting an account deletes what it did (foreign key), so every actor is found.
        return found.stream()
                .filter(notification -> actors.containsKey(notification.actorAccountId()))
                .map(notification -> notification.toView(actors.get(notification.actorAccountId())))
                .toList();
    }

    @Override
    public List<NotificationView> list(
            long recipientId, Set<NotificationType> types, Long maxId, Long sinceId, int limit) {
        if (types.isEmpty()) {
            return List.of();
        }
        List<Notification> found = notifications.findPage(
                recipientId,
                types,
                maxId == null ? Long.MAX_VALUE : maxId,
                sinceId == null ? 0 : sinceId,
                Limit.of(Math.max(1, Math.min(limit, MAX_PAGE_SIZE))));
        return views(found);
    }

    @Override
    public NotificationView find(long recipientId, long notificationId) {
        return views(List.of(owned(recipientId, notificationId))).stream()
                .findFirst()
                .orElseThrow(NotificationNotFoundException::new);
    }

    private List<NotificationView> views(List<Notification> found) {
        Map<Long, AccountSummary> actors = directory.findAll(
                found.stream().map(Notification::actorAccountId).collect(Collectors.toSet()));
        return found.stream()
                .filter(notification -> actors.containsKey(notification.actorAccountId()))
                .map(notification -> notification.toView(actors.get(notification.actorAccountId())))
                .toList();
    }

    @Override
    public long unreadCount(long recipientId) {
        return notifications.countByRecipientAccountIdAndReadAtIsNull(recipientId);
    }

    @Override
    @Transactional
    public void markRead(long recipientId, long notificationId) {
        owned(recipientId, notificationId).markRead(clock.instant());
    }

    @Override
    @Transactional
    public void markAllRead(long recipientId) {
        notifications.markAllRead(recipientId, clock.instant());
    }

    @Override
    @Transactional
    public void dismiss(long recipientId, long notificationId) {
        notifications.delete(owned(recipientId, notificationId));
    }

    @Override
    @Transactional
    public void dismissAll(long recipientId) {
        notifications.deleteAllOf(recipientId);
    }

    @Override
    @Transactional
    public void forgetBetween(long memberId, long otherId) {
        notifications.deleteBetween(memberId, otherId);
    }

    @Override
    public Map<NotificationType, Boolean> preferences(long accountId) {
        Map<NotificationType, Boolean> chosen = new EnumMap<>(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            chosen.put(type, true);
        }
        preferences
                .findByAccountId(accountId)
                .forEach(preference -> chosen.put(preference.type(), preference.enabled()));
        return chosen;
    }

    @Override
    @Transactional
    public void updatePreferences(long accountId, Map<NotificationType, Boolean> changes) {
        Map<NotificationType, NotificationPreference> existing = preferences.findByAccountId(accountId).stream()
                .collect(Collectors.toMap(NotificationPreference::type, Function.identity()));
        changes.forEach((type, enabled) -> {
            Objects.requireNonNull(enabled, "enabled");
            NotificationPreference preference = existing.get(type);
            if (preference == null) {
                preferences.save(new NotificationPreference(accountId, type, enabled));
            } else {
                preference.enable(enabled);
            }
        });
    }

    /** A block cuts every channel; a member who muted another does not want to hear of them either, as in Mastodon. */
    private static boolean silenced(Relationship recipientToActor) {
        return recipientToActor.blockedEitherWay() || recipientToActor.muting();
    }

    private boolean enabled(long accountId, NotificationType type) {
        return preferences
                .findByAccountIdAndType(accountId, type)
                .map(NotificationPreference::enabled)
                .orElse(true);
    }

    private Notification owned(long recipientId, long notificationId) {
        return notifications
                .findByIdAndRecipientAccountId(notificationId, recipientId)
                .orElseThrow(NotificationNotFoundException::new);
    }
}
