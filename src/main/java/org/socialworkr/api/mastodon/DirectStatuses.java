package org.socialworkr.api.mastodon;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.api.mastodon.Entities.Account;
import org.socialworkr.api.mastodon.Entities.Conversation;
import org.socialworkr.api.mastodon.Entities.MediaAttachment;
import org.socialworkr.api.mastodon.Entities.Mention;
import org.socialworkr.api.mastodon.Entities.Status;
import org.socialworkr.chat.DirectConversations.Summary;
import org.socialworkr.chat.MessageView;
import org.socialworkr.common.InstanceProperties;
import org.springframework.stereotype.Component;

/**
 * Chat messages as Mastodon's direct statuses, and chat conversations as its Conversation entity
 * (see {@link DirectStatusIds}). A status mentions the conversation's other participants, so a
 * client replying to it addresses the same people; it has no counts, as nobody can favourite or
 * reblog a message. A page costs one read of the accounts involved.
 */
@Component
public class DirectStatuses {

    private final AccountViews accounts;
    private final InstanceProperties instance;

    DirectStatuses(AccountViews accounts, InstanceProperties instance) {
        this.accounts = accounts;
        this.instance = instance;
    }

    /**
     * Messages of one conversation, in the order given. Deleted messages are left out (the web
     * keeps their place; for a Mastodon client a deleted status is gone), and so are those whose
     * sender's account is gone.
     */
    public List<Status> statuses(List<MessageView> messages, Collection<Long> participantIds, CurrentAccount viewer) {
        Set<Long> ids = new LinkedHashSet<>(participantIds);
        messages.forEach(message -> ids.add(message.senderId()));
        Map<Long, Account> found = byId(accounts.list(ids, viewer));
        return messages.stream()
                .filter(message -> !message.deleted())
                .map(message -> status(message, participantIds, found))
                .filter(Objects::nonNull)
                .toList();
    }

    public List<Conversation> conversations(List<Summary> summaries, CurrentAccount viewer) {
        Set<Long> ids = new HashSet<>();
        for (Summary summary : summaries) {
            ids.addAll(summary.otherAccountIds());
            if (summary.lastMessage() != null) {
                ids.add(summary.lastMessage().senderId());
            }
        }
        ids.add(viewer.id());
        Map<Long, Account> found = byId(accounts.list(ids, viewer));
        return summaries.stream()
                .map(summary -> {
                    Set<Long> participants = new LinkedHashSet<>(summary.otherAccountIds());
                    participants.add(viewer.id());
                    return new Conversation(
                            Long.toString(summary.conversationId()),
                            summary.unread(),
                            summary.otherAccountIds().stream()
                                    .map(found::get)
                                    .filter(Objects::nonNull)
                                    .toList(),
                            summary.lastMessage() == null ? null : status(summary.lastMessage(), participants, found));
                })
                .toList();
    }

    private Status status(MessageView message, Collection<Long> participantIds, Map<Long, Account> found) {
        Account sender = found.get(message.senderId());
        if (sender == null) {
            return null;
        }
        String id = Long.toString(DirectStatusIds.statusId(message.id()));
        String url = instance.absoluteUrl("/messages/" + message.conversationId());
        List<Mention> mentions = participantIds.stream()
                .filter(participant -> participant != message.senderId())
                .map(found::get)
                .filter(Objects::nonNull)
                .map(account -> new Mention(account.id(), account.username(), account.url(), account.acct()))
                .toList();
        List<MediaAttachment> media = message.image() == null
                ? List.of()
                : List.of(new MediaAttachment(
                        id,
                        "image",
                        instance.absoluteUrl(message.image().url()),
                        instance.absoluteUrl(message.image().url()),
                        null,
                        Map.of(),
                        message.image().altText(),
                        null));
        return new Status(
                id,
                url,
                message.createdAt(),
                sender,
                message.html(),
                "direct",
                false,
                "",
                media,
                null,
                mentions,
                List.of(),
                List.of(),
                0,
                0,
                0,
                url,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                message.editedAt(),
                false,
                false,
                false,
                false,
                false,
                List.of());
    }

    private static Map<Long, Account> byId(List<Account> found) {
        return found.stream().collect(Collectors.toMap(account -> Long.valueOf(account.id()), Function.identity()));
    }
}
