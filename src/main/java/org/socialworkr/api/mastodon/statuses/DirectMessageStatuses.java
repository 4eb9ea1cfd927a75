package org.socialworkr.api.mastodon.statuses;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.api.mastodon.DirectStatusIds;
import org.socialworkr.api.mastodon.DirectStatuses;
import org.socialworkr.api.mastodon.Entities.Context;
import org.socialworkr.api.mastodon.Entities.Status;
import org.socialworkr.api.mastodon.Entities.StatusEdit;
import org.socialworkr.api.mastodon.media.MediaDescriptions;
import org.socialworkr.chat.Conversations;
import org.socialworkr.chat.DirectConversations;
import org.socialworkr.chat.MessageDraft;
import org.socialworkr.chat.MessageView;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.common.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Direct statuses are chat messages (see {@link DirectStatusIds}): a direct status goes to the
 * conversation it answers, or to the members it mentions, and the chat's rules decide whether it
 * may (who may message whom, blocks, the confidentiality guard, the edit window). A message the
 * member cannot read is not found, whoever asks, visitors included.
 */
@Component
class DirectMessageStatuses {

    static final int CONTEXT_SIZE = 40;

    private final Conversations conversations;
    private final DirectConversations direct;
    private final DirectStatuses statuses;
    private final AccountDirectory directory;
    private final MediaDescriptions descriptions;

    DirectMessageStatuses(
            Conversations conversations,
            DirectConversations direct,
            DirectStatuses statuses,
            AccountDirectory directory,
            MediaDescriptions descriptions) {
        this.conversations = conversations;
        this.direct = direct;
        this.statuses = statuses;
        this.directory = directory;
        this.descriptions = descriptions;
    }

    /**
     * Sends the message and answers with its status id. A conversation started for it is rolled
     * back with it when the chat refuses the message, so that a refusal leaves nothing behind.
     */
    @Transactional
    long send(CurrentAccount sender, StatusSubmission submission) {
        String text = submission.status() == null ? "" : submission.status();
        MessageDraft draft = draft(sender, submission, text);
        Long replyTo = submission.inReplyToStatusId();
        long conversationId;
        if (replyTo != null && DirectStatusIds.isMessage(replyTo)) {
            conversationId = message(sender, replyTo).message().conversationId();
        } else {
            Map<Long, AccountSummary> recipients = recipients(sender, submission.mentionedNames());
            if (recipients.size() == 1) {
                conversationId = conversations
                        .startDirect(sender.id(), recipients.keySet().iterator().next())
                        .id();
            } else {
                conversationId = direct.groupConversationWith(sender.id(), recipients.keySet())
                        .orElseGet(() -> conversations
                                .startGroup(sender.id(), title(sender, recipients.values()), recipients.keySet())
                                .id());
            }
        }
        return DirectStatusIds.statusId(
                conversations.send(sender.id(), conversationId, draft).id());
    }

    private MessageDraft draft(CurrentAccount sender, StatusSubmission submission, String text) {
        List<String> media = submission.mediaIds();
        if (media.isEmpty()) {
            return new MessageDraft(text, null, null, submission.confirmed());
        }
        if (media.size() > 1) {
            throw new InvalidRequestException("error.api.direct.oneImage");
        }
        String key = media.get(0);
        return new MessageDraft(text, key, descriptions.of(sender.id(), media).get(key), submission.confirmed());
    }

    /** The mentioned members, each of them active, the sender left out; one read per name, at most a conversation's worth. */
    private Map<Long, AccountSummary> recipients(CurrentAccount sender, List<String> names) {
        if (names.size() >= Conversations.MAX_PARTICIPANTS) {
            throw new InvalidRequestException("error.chat.tooManyParticipants", Conversations.MAX_PARTICIPANTS);
        }
        Map<Long, AccountSummary> found = new LinkedHashMap<>();
        for (String name : names) {
            AccountSummary account = directory
                    .findByUsername(name)
                    .filter(summary -> summary.status() == AccountStatus.ACTIVE)
                    .orElseThrow(() -> new InvalidRequestException("error.api.direct.unknownRecipient", name));
            if (account.id() != sender.id()) {
                found.put(account.id(), account);
            }
        }
        if (found.isEmpty()) {
            throw new InvalidRequestException("error.api.direct.noRecipient");
        }
        return found;
    }

    /** The participants' names, as long as a group title may be. */
    private static String title(CurrentAccount sender, Collection<AccountSummary> recipients) {
        List<String> names = new ArrayList<>();
        names.add(sender.displayName());
        recipients.forEach(recipient -> names.add(recipient.displayName()));
        String title = String.join(", ", names);
        return title.length() <= Conversations.MAX_TITLE_LENGTH
                ? title
                : title.substring(0, Conversations.MAX_TITLE_LENGTH - 1) + "…";
    }

    Status status(CurrentAccount viewer, long statusId) {
        return statusOf(message(viewer, statusId), viewer);
    }

    private Status statusOf(DirectConversations.Message found, CurrentAccount viewer) {
        return statuses.statuses(List.of(found.message()), found.participantIds(), viewer).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.chat.messageNotFound"));
    }

    /** Earlier messages of the conversation as ancestors (the newest of them, oldest first), later ones as descendants. */
    Context context(CurrentAccount viewer, long statusId) {
        DirectConversations.Message found = message(viewer, statusId);
        MessageView message = found.message();
        List<MessageView> earlier = conversations
                .messages(viewer.id(), message.conversationId(), message.id(), null, CONTEXT_SIZE)
                .messages();
        List<MessageView> later = conversations
                .messages(viewer.id(), message.conversationId(), null, message.id(), CONTEXT_SIZE)
                .messages();
        return new Context(
                statuses.statuses(earlier, found.participantIds(), viewer),
                statuses.statuses(later, found.participantIds(), viewer));
    }

    /** Within the chat's edit window only: past it the change is refused as invalid (422), as Mastodon refuses edits. */
    Status edit(CurrentAccount member, long statusId, StatusSubmission submission) {
        DirectConversations.Message found = message(member, statusId);
        try {
            conversations.edit(member.id(), found.message().id(), submission.status(), submission.confirmed());
        } catch (NotAllowedException refused) {
            if (found.message().senderId() != member.id()) {
                throw refused;
            }
            throw new InvalidRequestException(refused.messageKey(), refused.messageArguments());
        }
        return status(member, statusId);
    }

    /** Answers with the deleted message and its text, for "delete and redraft". */
    Status delete(CurrentAccount member, long statusId) {
        DirectConversations.Message found = message(member, statusId);
        Status deleted = statusOf(found, member);
        conversations.delete(member.id(), found.message().id());
        return deleted.withText(found.message().text());
    }

    /** A message has one version for the API: edits keep no history in the chat. */
    List<StatusEdit> history(CurrentAccount viewer, long statusId) {
        Status current = status(viewer, statusId);
        return List.of(new StatusEdit(
                current.content(),
                current.spoilerText(),
                current.sensitive(),
                current.editedAt() == null ? current.createdAt() : current.editedAt(),
                current.account(),
                current.mediaAttachments(),
                List.of()));
    }

    /** Favourites, reblogs, bookmarks and pins do not exist for messages; the message must still be one the member can read. */
    InvalidRequestException notAvailable(CurrentAccount member, long statusId) {
        message(member, statusId);
        return new InvalidRequestException("error.api.direct.notAvailable");
    }

    void checkReadable(CurrentAccount viewer, long statusId) {
        message(viewer, statusId);
    }

    private DirectConversations.Message message(CurrentAccount viewer, long statusId) {
        if (viewer == null) {
            throw new NotFoundException("error.chat.messageNotFound");
        }
        return direct.message(viewer.id(), DirectStatusIds.messageId(statusId));
    }
}
