package org.socialworkr.notification.web;

import java.util.List;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.web.NavigationBadge;
import org.socialworkr.common.web.PublicPaths;
import org.socialworkr.notification.Notifications;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The unread count next to Notifications in the navigation, and the fragment htmx polls to keep
 * it current without a reload. Without JavaScript the count is right at each page load.
 */
@Controller
class UnreadNotificationsBadge implements NavigationBadge {

    static final String PATH = "/notifications";

    /** htmx stops polling on this status. */
    private static final int STOP_POLLING = 286;

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
        if (currentAccount == null) {
            return ResponseEntity.status(STOP_POLLING).build();
        }
        long count = count(currentAccount.id());
        if (shown != null && shown == count) {
            return ResponseEntity.noContent().build();
        }
        ModelAndView fragment = new ModelAndView("layout :: nav-badge");
        fragment.addObject("badgePath", PATH);
        fragment.addObject("badgeCount", count);
        fragment.addObject("badgeLabelKey", "nav.notifications.badge");
        return fragment;
    }

    @Bean
    static PublicPaths notificationBadgePublicPaths() {
        return () -> List.of(PATH + "/badge");
    }
}
