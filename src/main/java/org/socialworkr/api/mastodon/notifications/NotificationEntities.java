package org.socialworkr.api.mastodon.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.api.mastodon.AccountViews;
import org.socialworkr.api.mastodon.Entities.Account;
import org.socialworkr.api.mastodon.Entities.Notification;
import org.socialworkr.api.mastodon.Entities.Status;
import org.socialworkr.api.mastodon.StatusViews;
import org.socialworkr.notification.NotificationType;
import org.socialworkr.notification.NotificationView;
import org.springframework.stereotype.Component;

/**
 * Mastodon notification entities for a page of notifications, for the REST list and the
 * streaming API alike: the actors in one batch, the posts in one more.
 */
@Component
public class NotificationEntities {

    private final AccountViews accounts;
    private final StatusViews statuses;

    NotificationEntities(AccountViews accounts, StatusViews statuses) {
        this.accounts = accounts;
        this.statuses = statuses;
    }

    /** Whether the notification's subject is a post (shown as its {@code status}). */
    static boolean aboutAPost(NotificationType type) {
        return switch (MastodonNotificationsController.mastodonType(type)) {
            case "mention", "status", "reblog", "favourite", "update", "poll" -> true;
            default -> false;
        };
    }

    public List<Notification> of(List<NotificationView> page, CurrentAccount viewer) {
        Map<Long, Account> actors =
                accounts
                        .list(
                                page.stream()
                                        .map(NotificationView::actorId)
                                        .distinct()
                                        .toList(),
                                viewer)
                        .stream()
                        .collect(Collectors.toMap(account -> Long.valueOf(account.id()), Function.identity()));
        List<Long> postIds = page.stream()
                .filter(view -> aboutAPost(view.type()) && view.subjectId() != null)
                .map(NotificationView::subjectId)
                .distinct()
                .toList();
        Map<String, Status> posts =
                statuses.statuses(postIds, viewer).stream().collect(Collectors.toMap(Status::id, Function.identity()));
        List<Notification> entities = new ArrayList<>();
        for (NotificationView view : page) {
            Account actor = actors.get(view.actorId());
            Status status = aboutAPost(view.type()) && view.subjectId() != null
                    ? posts.get(view.subjectId().toString())
                    : null;
            // A post deleted (or hidden) since: Mastodon leaves such notifications out too.
            if (actor == null || (aboutAPost(view.type()) && status == null)) {
                continue;
            }
            String type = MastodonNotificationsController.mastodonType(view.type());
            entities.add(new Notification(
                    Long.toString(view.id()), type, view.createdAt(), actor, status, "ungrouped-" + view.id()));
        }
        return entities;
    }
}
