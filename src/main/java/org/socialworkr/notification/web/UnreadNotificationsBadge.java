package org.socialworkr.notification.web;

import java.util.List;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.web.NavigationBadge;
import org.socialworkr.common.web.PublicPaths;
import org.socialworkr.notification.Notifications;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unread count next to Notifications in the navigation, and the fragment htmx polls to keep
 * it current without a reload. Without JavaScript the count is right at each page load.
 */
@Controller
class UnreadNotificationsBadge implements NavigationBadge {

    static final String PATH = "/notifications";

    private final Notifications notifications;

    UnreadNotificationsBadge(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public long count(long accountId) {
        return notifications.unreadCount(accountId);
    }

    /**
     * Open to visitors so that a page left open after logging out or a session timeout gets a
     * status that ends polling, rather than a redirect to the login page swapped into the menu.
     */
    @GetMapping(PATH + "/badge")
    Object badge(CurrentAccount currentAccount, @RequestParam(required = false) Long shown) {
        return pollAnswer(currentAccount == null ? null : currentAccount.id(), shown, "nav.notifications.badge");
    }

    @Bean
    static PublicPaths notificationBadgePublicPaths() {
        return () -> List.of(PATH + "/badge");
    }
}
