package org.socialworkr.notification.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.notification.NotificationType;
import org.socialworkr.notification.NotificationView;
import org.socialworkr.notification.Notifications;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Notifications for client apps, shaped like Mastodon's: ids as strings, snake_case, the actor
 * as {@code account}, older pages by {@code max_id} with a {@code Link} header. As in Mastodon,
 * dismissing removes a notification, and clearing removes them all.
 */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationsApiController {

    static final int DEFAULT_LIMIT = 40;
    static final int MAX_LIMIT = 80;

    private final Notifications notifications;

    NotificationsApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    record ApiAccount(String id, String username, String acct, @JsonProperty("display_name") String displayName) {}

    record ApiNotification(
            String id, String type, @JsonProperty("created_at") Instant createdAt, boolean read, ApiAccount account) {

        static ApiNotification of(NotificationView view) {
            return new ApiNotification(
                    Long.toString(view.id()),
                    view.type().apiName(),
                    view.createdAt(),
                    view.read(),
                    new ApiAccount(
                            Long.toString(view.actorId()),
                            view.actorUsername(),
                            view.actorUsername(),
                            view.actorDisplayName()));
        }
    }

    record UnreadCount(long count) {}

    @GetMapping
    ResponseEntity<List<ApiNotification>> list(
            CurrentAccount currentAccount,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(required = false) Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(limit, MAX_LIMIT));
        List<NotificationView> page = notifications.list(currentAccount.id(), maxId, size);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (page.size() == size) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("max_id", page.get(page.size() - 1).id())
                    .replaceQueryParam("limit", size)
                    .toUriString();
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response.body(page.stream().map(ApiNotification::of).toList());
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

    /** Every type by its API name, with whether the member gets it. */
    @GetMapping("/preferences")
    Map<String, Boolean> preferences(CurrentAccount currentAccount) {
        return byApiName(notifications.preferences(currentAccount.id()));
    }

    /** Changes the types named in the body only, such as {@code {"follow": false}}. */
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

    private static Map<String, Boolean> byApiName(Map<NotificationType, Boolean> preferences) {
        Map<String, Boolean> named = new LinkedHashMap<>();
        preferences.forEach((type, enabled) -> named.put(type.apiName(), enabled));
        return named;
    }
}
