package org.socialworkr.chat.web;

import java.util.List;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.chat.Conversations;
import org.socialworkr.common.web.NavigationBadge;
import org.socialworkr.common.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The number of conversations with unseen messages next to Messages in the navigation. The layout
 * polls it; on the Messages pages chat.js asks for it at once when a socket event changes it.
 */
@Controller
class ChatBadge implements NavigationBadge {

    static final String PATH = "/messages";

    /** htmx stops polling on this status. */
    private static final int STOP_POLLING = 286;

    private final Conversations conversations;

    ChatBadge(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public long count(long accountId) {
        return conversations.unreadCount(accountId);
    }

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
        fragment.addObject("badgeLabelKey", "nav.messages.badge");
        return fragment;
    }

    @Bean
    static PublicPaths chatBadgePublicPaths() {
        return () -> List.of(PATH + "/badge");
    }
}
