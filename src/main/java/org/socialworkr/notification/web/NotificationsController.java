package org.socialworkr.notification.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.web.NavigationItem;
import org.socialworkr.notification.NotificationType;
import org.socialworkr.notification.NotificationView;
import org.socialworkr.notification.Notifications;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member's notifications, newest first, and the choice of which kinds to get.
 *
 * <p>Viewing the list does not mark anything read: a GET changes nothing (a prefetch or a reload
 * cannot make news disappear unseen), and the unread markers stay while the member works through
 * the list. Members mark one notification or all of them read with a button.
 */
@Controller
@RequestMapping("/notifications")
class NotificationsController {

    static final int PAGE_SIZE = 20;

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String list(CurrentAccount currentAccount, @RequestParam(required = false) Long before, Model model) {
        // One more than a page tells whether an older page exists without counting.
        List<NotificationView> found = notifications.list(currentAccount.id(), before, PAGE_SIZE + 1);
        List<NotificationView> page = found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found;
        model.addAttribute("notifications", page);
        model.addAttribute("anyUnread", page.stream().anyMatch(notification -> !notification.read()));
        model.addAttribute("before", before);
        model.addAttribute(
                "olderBefore",
                found.size() > PAGE_SIZE ? page.get(page.size() - 1).id() : null);
        return "notification/list";
    }

    @PostMapping("/{id}/read")
    String markRead(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @RequestParam(required = false) Long before,
            RedirectAttributes redirect) {
        notifications.markRead(currentAccount.id(), id);
        if (before != null) {
            redirect.addAttribute("before", before);
        }
        return "redirect:/notifications";
    }

    @PostMapping("/read-all")
    String markAllRead(CurrentAccount currentAccount, RedirectAttributes redirect) {
        notifications.markAllRead(currentAccount.id());
        redirect.addFlashAttribute("notice", "notification.notice.allRead");
        return "redirect:/notifications";
    }

    @GetMapping("/preferences")
    String preferences(CurrentAccount currentAccount, Model model) {
        model.addAttribute("preferences", notifications.preferences(currentAccount.id()));
        return "notification/preferences";
    }

    /** A checkbox sends its value only when ticked, so every type not sent is switched off. */
    @PostMapping("/preferences")
    String updatePreferences(
            CurrentAccount currentAccount,
            @RequestParam(name = "enabled", required = false) Set<NotificationType> enabled,
            RedirectAttributes redirect) {
        Map<NotificationType, Boolean> changes = new EnumMap<>(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            changes.put(type, enabled != null && enabled.contains(type));
        }
        notifications.updatePreferences(currentAccount.id(), changes);
        redirect.addFlashAttribute("notice", "notification.notice.preferencesSaved");
        return "redirect:/notifications/preferences";
    }

    @Bean
    static NavigationItem notificationsNavigation() {
        return new NavigationItem("nav.notifications", "/notifications", 40, true);
    }
}
