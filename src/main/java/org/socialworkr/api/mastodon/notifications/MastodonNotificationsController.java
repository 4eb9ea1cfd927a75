package org.socialworkr.api.mastodon.notifications;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.api.mastodon.Entities.Notification;
import org.socialworkr.api.mastodon.Paging;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.notification.NotificationType;
import org.socialworkr.notification.NotificationView;
import org.socialworkr.notification.Notifications;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notifications the Mastodon way. SocialWorkr's kinds map onto Mastodon's types: a connection
 * request is a {@code follow_request}, a new follower or an accepted connection a {@code follow},
 * a mention or a reply a {@code mention}, a like a {@code favourite}, a repost a {@code reblog}, a
 * post in one of the member's groups a {@code status}, an edit of a post the member reposted or
 * liked an {@code update} (each with the status). SocialWorkr's kinds
 * without a Mastodon equivalent (group requests and invitations) come only when named in
 * {@code types[]}, by their own API names. As in Mastodon, dismissing removes a
 * notification and clearing removes them all. {@code /unread_count} and {@code /preferences} are
 * SocialWorkr's.
 */
@RestController
@RequestMapping("/api/v1/notifications")
class MastodonNotificationsController {

    static final int DEFAULT_LIMIT = 40;
    static final int MAX_LIMIT = 80;

    private final Notifications notifications;
    private final NotificationEntities entities;

    MastodonNotificationsController(Notifications notifications, NotificationEntities entities) {
        this.notifications = notifications;
        this.entities = entities;
    }

    /** Mastodon's name of each SocialWorkr kind. */
    static String mastodonType(NotificationType type) {
        return switch (type.name()) {
            case "CONNECTION_REQUESTED" -> "follow_request";
            case "CONNECTION_ACCEPTED", "NEW_FOLLOWER" -> "follow";
            case "MENTION", "REPLY" -> "mention";
            case "GROUP_POST" -> "status";
            default -> type.apiName();
        };
    }

    /** Mastodon's types; SocialWorkr's others (group requests, invitations) only when asked for by name. */
    static final Set<String> MASTODON_TYPES =
            Set.of("mention", "status", "reblog", "follow", "follow_request", "favourite", "poll", "update");

    record UnreadCount(long count) {}

    @GetMapping
    ResponseEntity<List<Notification>> list(
            CurrentAccount currentAccount,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(name = "since_id", required = false) Long sinceId,
            @RequestParam(name = "min_id", required = false) Long minId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(name = "types[]", required = false) List<String> types,
            @RequestParam(name = "types", required = false) List<String> plainTypes,
            @RequestParam(name = "exclude_types[]", required = false) List<String> excludeTypes,
            @RequestParam(name = "exclude_types", required = false) List<String> plainExcludeTypes) {
        Paging paging = Paging.of(maxId, sinceId, minId, limit, DEFAULT_LIMIT, MAX_LIMIT);
        Set<NotificationType> wanted = wanted(join(types, plainTypes), join(excludeTypes, plainExcludeTypes));
        List<NotificationView> page =
                notifications.list(currentAccount.id(), wanted, paging.maxId(), paging.sinceId(), paging.limit());
        List<Long> ids = page.stream().map(NotificationView::id).toList();
        return Paging.respond(entities.of(page, currentAccount), ids, paging.limit());
    }

    @GetMapping("/{id:\\d+}")
    Notification show(CurrentAccount currentAccount, @PathVariable long id) {
        return entities.of(List.of(notifications.find(currentAccount.id(), id)), currentAccount).stream()
                .findFirst()
                .orElseThrow();
    }

    @GetMapping("/unread_count")
    UnreadCount unreadCount(CurrentAccount currentAccount) {
        return new UnreadCount(notifications.unreadCount(currentAccount.id()));
    }

    @PostMapping("/clear")
    Map<String, Object> clear(CurrentAccount currentAccount) {
        notifications.dismissAll(currentAccount.id());
        return Map.of();
    }

    @PostMapping("/{id}/dismiss")
    Map<String, Object> dismiss(CurrentAccount currentAccount, @PathVariable long id) {
        notifications.dismiss(currentAccount.id(), id);
        return Map.of();
    }

    /** Every SocialWorkr kind by its own API name, with whether the member gets it. */
    @GetMapping("/preferences")
    Map<String, Boolean> preferences(CurrentAccount currentAccount) {
        Map<String, Boolean> named = new LinkedHashMap<>();
        notifications.preferences(currentAccount.id()).forEach((type, enabled) -> named.put(type.apiName(), enabled));
        return named;
    }

    /** Changes the kinds named in the body only, such as {@code {"follow": false}}. */
    @PutMapping("/preferences")
    Map<String, Boolean> updatePreferences(CurrentAccount currentAccount, @RequestBody Map<String, Boolean> body) {
        Map<NotificationType, Boolean> changes = new LinkedHashMap<>();
        body.forEach((name, enabled) -> {
            NotificationType type = NotificationType.fromApiName(name)
                    .orElseThrow(() -> new InvalidRequestException("error.notification.unknownType", name));
            if (enabled == null) {
                throw new InvalidRequestException("error.notification.preferenceValue", name);
            }
            changes.put(type, enabled);
        });
        notifications.updatePreferences(currentAccount.id(), changes);
        return preferences(currentAccount);
    }

    /** The kinds asked for by Mastodon's names (all when none is given), less the excluded ones. */
    private static Set<NotificationType> wanted(List<String> types, List<String> excluded) {
        Set<String> include = new HashSet<>(types);
        Set<String> exclude = new HashSet<>(excluded);
        Set<NotificationType> wanted = EnumSet.noneOf(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            String name = mastodonType(type);
            boolean asked = include.isEmpty() ? MASTODON_TYPES.contains(name) : include.contains(name);
            if (asked && !exclude.contains(name)) {
                wanted.add(type);
            }
        }
        return wanted;
    }

    private static List<String> join(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>();
        if (first != null) {
            all.addAll(first);
        }
        if (second != null) {
            all.addAll(second);
        }
        return all;
    }
}
