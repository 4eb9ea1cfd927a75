package org.socialworkr.api.mastodon.conversations;

import java.util.List;
import java.util.Map;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.api.mastodon.DirectStatusIds;
import org.socialworkr.api.mastodon.DirectStatuses;
import org.socialworkr.api.mastodon.Entities.Conversation;
import org.socialworkr.api.mastodon.Paging;
import org.socialworkr.chat.DirectConversations;
import org.socialworkr.chat.DirectConversations.Summary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mastodon's conversations are the member's chat inbox, direct and group conversations alike, so
 * that a message reads the same on the web and in an app. As in Mastodon, the list is paged by
 * the id of each conversation's last status. A conversation the member is not in is a 404.
 */
@RestController
@RequestMapping("/api/v1/conversations")
class MastodonConversationsController {

    private final DirectConversations conversations;
    private final DirectStatuses statuses;

    MastodonConversationsController(DirectConversations conversations, DirectStatuses statuses) {
        this.conversations = conversations;
        this.statuses = statuses;
    }

    @GetMapping
    ResponseEntity<List<Conversation>> list(
            CurrentAccount currentAccount,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(name = "since_id", required = false) Long sinceId,
            @RequestParam(name = "min_id", required = false) Long minId,
            @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.of(maxId, sinceId, minId, limit);
        List<Summary> page = conversations.directConversations(
                currentAccount.id(), messageId(paging.maxId()), messageId(paging.sinceId()), paging.limit());
        List<Conversation> body = statuses.conversations(page, currentAccount);
        if (page.isEmpty()) {
            return Paging.respond(body, null, null, false);
        }
        return Paging.respond(
                body,
                DirectStatusIds.statusId(page.get(0).lastMessageId()),
                DirectStatusIds.statusId(page.get(page.size() - 1).lastMessageId()),
                page.size() >= paging.limit());
    }

    @PostMapping("/{id}/read")
    Conversation read(CurrentAccount currentAccount, @PathVariable long id) {
        conversations.markDirectConversationRead(currentAccount.id(), id);
        return statuses.conversations(
                        List.of(conversations.directConversation(currentAccount.id(), id)), currentAccount)
                .get(0);
    }

    /** Deletes the member's side only: the others keep the conversation, and it comes back with the next message. */
    @DeleteMapping("/{id}")
    Map<String, Object> remove(CurrentAccount currentAccount, @PathVariable long id) {
        conversations.removeDirectConversation(currentAccount.id(), id);
        return Map.of();
    }

    /** A status id as a message id; ids below the messages' range come before every message. */
    private static Long messageId(Long statusId) {
        return statusId == null ? null : Math.max(0, statusId - DirectStatusIds.BASE);
    }
}
