package org.socialworkr.chat.web;

import java.util.List;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.chat.Conversations;
import org.socialworkr.common.web.NavigationBadge;
import org.socialworkr.common.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The number of conversations with unseen messages next to Messages in the navigation. The layout
 * polls it; on the Messages pages chat.js asks for it at once when a socket event changes it.
 */
@Controller
class ChatBadge implements NavigationBadge {

    static final String PATH = "/messages";

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
        return pollAnswer(currentAccount == null ? null : currentAccount.id(), shown, "nav.messages.badge");
    }

    @Bean
    static PublicPaths chatBadgePublicPaths() {
        return () -> List.of(PATH + "/badge");
    }
}
