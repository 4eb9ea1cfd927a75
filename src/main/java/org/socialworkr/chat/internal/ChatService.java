package org.socialworkr.chat.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.chat.ChatConfidentialityException;
import org.socialworkr.chat.ChatSettings;
import org.socialworkr.chat.ConversationKind;
import org.socialworkr.chat.ConversationNotFoundException;
import org.socialworkr.chat.ConversationPage;
import org.socialworkr.chat.ConversationRead;
import org.socialworkr.chat.ConversationView;
import org.socialworkr.chat.Conversations;
import org.socialworkr.chat.DirectConversations;
import org.socialworkr.chat.Folder;
import org.socialworkr.chat.MessageDeleted;
import org.socialworkr.chat.MessageDraft;
import org.socialworkr.chat.MessageEdited;
import org.socialworkr.chat.MessagePage;
import org.socialworkr.chat.MessageSent;
import org.socialworkr.chat.MessageView;
import org.socialworkr.chat.Participant;
import org.socialworkr.chat.WhoMayMessage;
import org.socialworkr.chat.internal.ChatStore.Addressee;
import org.socialworkr.chat.internal.ChatStore.ConversationRow;
import org.socialworkr.chat.internal.ChatStore.Membership;
import org.socialworkr.chat.internal.ChatStore.MessageRow;
import org.socialworkr.chat.internal.ChatStore.ParticipantRow;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.common.NotFoundException;
import org.socialworkr.common.markdown.MarkdownRenderer;
import org.socialworkr.confidentiality.ConfidentialityGuard;
import org.socialworkr.confidentiality.Finding;
import org.socialworkr.connection.Connections;
import org.socialworkr.connection.Relationship;
import org.socialworkr.media.MediaStorage;
import org.socialworkr.media.StoredImage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Conversations, messages and who may write to whom. Reading anything starts from the member's
 * own participant row: without one (or after leaving) the conversation is not found.
 */
@Service
@Transactional(readOnly = true)
class ChatService implements Conversations, DirectConversations {

    private static final Duration EDIT_WINDOW = Duration.ofMinutes(EDIT_WINDOW_MINUTES);
    private static final int PREVIEW_LENGTH = 80;
    private static final List<String> INBOX = List.of(ChatStore.ACTIVE);
    private static final List<String> REQUESTS = List.of(ChatStore.REQUEST);
    private static final List<String> READABLE = List.of(ChatStore.ACTIVE, ChatStore.REQUEST);

    private final ChatStore store;
    private final AccountDirectory directory;
    private final Connections connections;
    private final ChatRelationships relationships;
    private final ConfidentialityGuard guard;
    private final MediaStorage media;
    private final MarkdownRenderer markdown;
    private final ChatPush push;
    private final MessageWriter writer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChatService(
            ChatStore store,
            AccountDirectory directory,
            Connections connections,
            ChatRelationships relationships,
            ConfidentialityGuard guard,
            MediaStorage media,
            MarkdownRenderer markdown,
            ChatPush push,
            MessageWriter writer,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.directory = directory;
        this.connections = connections;
        this.relationships = relationships;
        this.guard = guard;
        this.media = media;
        this.markdown = markdown;
        this.push = push;
        this.writer = writer;
        this.events = events;
        this.clock = clock;
    }

    // ---- starting and joining

    @Override
    @Transactional
    public ConversationView startDirect(long starterId, long otherId) {
        if (starterId == otherId) {
            throw new InvalidRequestException("error.chat.self");
        }
        String key = Math.min(starterId, otherId) + ":" + Math.max(starterId, otherId);
        Optional<Long> existing = store.directConversationId(key);
        Instant now = clock.instant();
        if (existing.isPresent()) {
            long id = existing.get();
            Map<Long, ParticipantRow> rows = byAccount(store.participants(id));
            ParticipantRow other = rows.get(otherId);
            if (other != null && ChatStore.LEFT.equals(other.status())) {
                throw notAccepting();
            }
            ParticipantRow mine = rows.get(starterId);
            if (mine != null && ChatStore.LEFT.equals(mine.status())) {
                store.changeStatus(id, starterId, ChatStore.ACTIVE);
            }
            store.unhide(id, starterId);
            return conversation(starterId, id);
        }
        String otherStatus = admission(starterId, otherId);
        long id = store.insertConversation(ConversationKind.DIRECT, null, key, starterId, now);
        store.insertParticipant(id, starterId, ChatStore.ACTIVE, 0, now);
        store.insertParticipant(id, otherId, otherStatus, 0, now);
        return conversation(starterId, id);
    }

    @Override
    @Transactional
    public ConversationView startGroup(long starterId, String title, Collection<Long> memberIds) {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw new InvalidRequestException("error.chat.titleRequired");
        }
        if (cleanTitle.length() > MAX_TITLE_LENGTH) {
            throw new InvalidRequestException("error.chat.titleTooLong", MAX_TITLE_LENGTH);
        }
        Set<Long> others = new LinkedHashSet<>(memberIds);
        others.remove(starterId);
        if (others.isEmpty()) {
            throw new InvalidRequestException("error.chat.noParticipants");
        }
        if (others.size() + 1 > MAX_PARTICIPANTS) {
            throw new InvalidRequestException("error.chat.tooManyParticipants", MAX_PARTICIPANTS);
        }
        Map<Long, String> statuses = new LinkedHashMap<>();
        for (long other : others) {
            statuses.put(other, admission(starterId, other));
        }
        Instant now = clock.instant();
        long id = store.insertConversation(ConversationKind.GROUP, cleanTitle, null, starterId, now);
        store.insertParticipant(id, starterId, ChatStore.ACTIVE, 0, now);
        statuses.forEach((other, status) -> store.insertParticipant(id, other, status, 0, now));
        push.toMembers(statuses.keySet(), ChatJson.event("conversation", id));
        return conversation(starterId, id);
    }

    @Override
    @Transactional
    public void addParticipants(long memberId, long conversationId, Collection<Long> newMemberIds) {
        Membership membership = activeMembership(memberId, conversationId);
        if (membership.conversation().kind() != ConversationKind.GROUP) {
            throw new InvalidRequestException("error.chat.directFixed");
        }
        Map<Long, ParticipantRow> rows = byAccount(store.participants(conversationId));
        Set<Long> adding = new LinkedHashSet<>(newMemberIds);
        adding.removeIf(id -> rows.containsKey(id) && rows.get(id).canRead());
        long present = rows.values().stream().filter(ParticipantRow::canRead).count();
        if (present + adding.size() > MAX_PARTICIPANTS) {
            throw new InvalidRequestException("error.chat.tooManyParticipants", MAX_PARTICIPANTS);
        }
        Instant now = clock.instant();
        for (long other : adding) {
            String status = admission(memberId, other);
            if (rows.containsKey(other)) {
                store.changeStatus(conversationId, other, status);
                store.unhide(conversationId, other);
            } else {
                store.insertParticipant(conversationId, other, status, 0, now);
            }
        }
        push.toMembers(readers(conversationId), ChatJson.event("conversation", conversationId));
    }

    /**
     * Whether the member may be messaged by the sender, and how: in the inbox, or as a request.
     * Every refusal reads the same, so that nobody learns they were blocked.
     */
    private String admission(long senderId, long recipientId) {
        AccountSummary recipient =
                directory.findById(recipientId).orElseThrow(() -> new NotFoundException("error.chat.memberNotFound"));
        if (recipient.status() != AccountStatus.ACTIVE) {
            throw new NotFoundException("error.chat.memberNotFound");
        }
        Relationship relationship = connections.relationship(recipientId, senderId);
        if (relationship.blockedEitherWay()) {
            throw notAccepting();
        }
        WhoMayMessage who = settings(recipientId).whoMayMessage();
        return switch (who) {
            case NOBODY -> throw notAccepting();
            case CONNECTIONS -> {
                if (!relationship.connected()) {
                    throw notAccepting();
                }
                yield ChatStore.ACTIVE;
            }
            case EVERYONE -> relationship.connected() ? ChatStore.ACTIVE : ChatStore.REQUEST;
        };
    }

    private static NotAllowedException notAccepting() {
        return new NotAllowedException("error.chat.notAccepting");
    }

    // ---- the member's own state

    @Override
    @Transactional
    public void leave(long memberId, long conversationId) {
        Membership membership = readableMembership(memberId, conversationId);
        if (membership.conversation().kind() != ConversationKind.GROUP) {
            throw new InvalidRequestException("error.chat.directFixed");
        }
        store.changeStatus(conversationId, memberId, ChatStore.LEFT);
        push.toMembers(readers(conversationId), ChatJson.event("conversation", conversationId));
    }

    @Override
    @Transactional
    public void mute(long memberId, long conversationId, boolean muted) {
        readableMembership(memberId, conversationId);
        store.changeMuted(conversationId, memberId, muted);
    }

    @Override
    @Transactional
    public void acceptRequest(long memberId, long conversationId) {
        Membership membership = readableMembership(memberId, conversationId);
        if (ChatStore.REQUEST.equals(membership.participant().status())) {
            store.changeStatus(conversationId, memberId, ChatStore.ACTIVE);
        }
    }

    @Override
    @Transactional
    public void declineRequest(long memberId, long conversationId) {
        Membership membership = readableMembership(memberId, conversationId);
        if (!ChatStore.REQUEST.equals(membership.participant().status())) {
            throw new InvalidRequestException("error.chat.notARequest");
        }
        store.changeStatus(conversationId, memberId, ChatStore.LEFT);
    }

    @Override
    @Transactional
    public void deleteMySide(long memberId, long conversationId) {
        Membership membership = readableMembership(memberId, conversationId);
        store.clear(conversationId, memberId, membership.conversation().lastMessageId());
    }

    @Override
    @Transactional
    public void markRead(long memberId, long conversationId, long messageId) {
        Membership membership = readableMembership(memberId, conversationId);
        if (ChatStore.REQUEST.equals(membership.participant().status())) {
            return; // The sender of a request learns nothing until it is accepted or answered.
        }
        long upTo = Math.min(messageId, membership.conversation().lastMessageId());
        if (upTo > 0 && store.markRead(conversationId, memberId, upTo)) {
            events.publishEvent(new ConversationRead(conversationId, memberId, upTo));
            Map<String, Object> event = ChatJson.event("read", conversationId);
            event.put("account_id", Long.toString(memberId));
            event.put("last_read_message_id", Long.toString(upTo));
            push.toMembers(readers(conversationId), event);
        }
    }

    @Override
    public void typing(long memberId, long conversationId) {
        Membership membership = activeMembership(memberId, conversationId);
        AccountSummary typist = directory.findById(memberId).orElseThrow(ConversationNotFoundException::new);
        Map<String, Object> event = ChatJson.event("typing", conversationId);
        event.put("account", ChatJson.account(memberId, typist.username(), typist.displayName()));
        Set<Long> others = new HashSet<>(readers(membership.conversation().id()));
        others.remove(memberId);
        push.toMembers(others, event);
    }

    // ---- reading

    @Override
    public ConversationPage list(long memberId, Folder folder, String cursor, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
        Long beforeMessage = null;
        Long beforeConversation = null;
        if (cursor != null && !cursor.isBlank()) {
            String[] parts = cursor.split("-", 2);
            try {
                beforeMessage = Long.parseLong(parts[0]);
                beforeConversation = parts.length > 1 ? Long.parseLong(parts[1]) : Long.MAX_VALUE;
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("error.chat.badCursor");
            }
        }
        List<Membership> page = store.memberships(
                memberId, folder == Folder.REQUESTS ? REQUESTS : INBOX, beforeMessage, beforeConversation, size + 1);
        String next = null;
        if (page.size() > size) {
            page = page.subList(0, size);
            ConversationRow last = page.get(size - 1).conversation();
            next = last.lastMessageId() + "-" + last.id();
        }
        return new ConversationPage(views(memberId, page), next);
    }

    @Override
    public ConversationView conversation(long memberId, long conversationId) {
        return views(memberId, List.of(readableMembership(memberId, conversationId)))
                .get(0);
    }

    @Override
    public boolean canRead(long memberId, long conversationId) {
        return store.membership(conversationId, memberId)
                .map(m -> m.participant().canRead())
                .orElse(false);
    }

    @Override
    public MessagePage messages(long memberId, long conversationId, Long maxId, Long sinceId, int limit) {
        Membership membership = readableMembership(memberId, conversationId);
        int size = Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
        long cleared = membership.participant().clearedMessageId();
        if (sinceId != null) {
            List<MessageRow> rows = store.messagesAfter(conversationId, Math.max(cleared, sinceId), size);
            return new MessagePage(messageViews(rows), null);
        }
        List<MessageRow> rows =
                store.messagesBefore(conversationId, cleared, maxId == null ? Long.MAX_VALUE : maxId, size + 1);
        Long older = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            older = rows.get(size - 1).id();
        }
        List<MessageRow> oldestFirst = new ArrayList<>(rows);
        oldestFirst.sort(Comparator.comparingLong(MessageRow::id));
        return new MessagePage(messageViews(oldestFirst), older);
    }

    @Override
    public long unreadCount(long memberId) {
        return store.countUnread(memberId);
    }

    // ---- writing

    /**
     * Checks the message on the caller's thread, then stores it in a transaction shared with the
     * messages sent at the same moment (see {@link MessageWriter}) and pushes it once that has
     * committed; inside a caller's transaction it is checked and stored in that one, and pushed
     * after its commit. Markdown is rendered on the caller's thread too: the writer only writes.
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public MessageView send(long senderId, long conversationId, MessageDraft draft) {
        String text = draft.text() == null ? "" : draft.text().strip();
        // Too long a text is refused by the checks; rendering it first would only cost time.
        String html = text.length() > MAX_TEXT_LENGTH ? "" : markdown.toSafeHtml(text);
        Outgoing outgoing;
        MessageView view;
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            outgoing = checkMessage(senderId, conversationId, draft, text);
            view = storeMessage(outgoing, html);
        } else {
            outgoing = writer.check(() -> checkMessage(senderId, conversationId, draft, text));
            view = writer.write(() -> storeMessage(outgoing, html));
        }
        Map<String, Object> event = ChatJson.event("message", conversationId);
        event.put("message", ChatJson.message(view));
        push.toMembers(outgoing.readers(), event);
        return view;
    }

    /** A message that passed every check, with what storing it needs: the writer only writes. */
    private record Outgoing(
            long senderId,
            long conversationId,
            String text,
            StoredImage image,
            String alt,
            AccountSummary sender,
            boolean answersRequest,
            boolean unhides,
            Set<Long> readers) {}

    private Outgoing checkMessage(long senderId, long conversationId, MessageDraft draft, String text) {
        List<Addressee> addressees = store.addressees(conversationId);
        ParticipantRow mine = addressees.stream()
                .map(Addressee::participant)
                .filter(row -> row.accountId() == senderId && row.canRead())
                .findFirst()
                .orElseThrow(ConversationNotFoundException::new);
        StoredImage image = draft.imageKey() == null
                ? null
                : media.find(draft.imageKey())
                        .filter(found -> found.ownerAccountId() == senderId)
                        .orElseThrow(() -> new InvalidRequestException("error.chat.imageNotFound"));
        String alt = draft.imageAlt() == null ? "" : draft.imageAlt().strip();
        if (text.isEmpty() && image == null) {
            throw new InvalidRequestException("error.chat.empty");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidRequestException("error.chat.tooLong", MAX_TEXT_LENGTH);
        }
        if (image != null && alt.isEmpty()) {
            throw new InvalidRequestException("error.chat.altRequired");
        }
        if (alt.length() > 1500) {
            throw new InvalidRequestException("error.chat.altTooLong", 1500);
        }
        checkConfidentiality(text, draft.confidentialityConfirmed());
        if (addressees.get(0).kind() == ConversationKind.DIRECT) {
            checkDirectRecipient(senderId, addressees);
        }
        AccountSummary sender = directory.findById(senderId).orElseThrow(ConversationNotFoundException::new);
        Set<Long> readers = addressees.stream()
                .map(Addressee::participant)
                .filter(ParticipantRow::canRead)
                .map(ParticipantRow::accountId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new Outgoing(
                senderId,
                conversationId,
                text,
                image,
                alt,
                sender,
                ChatStore.REQUEST.equals(mine.status()),
                addressees.stream()
                        .anyMatch(addressee -> addressee.participant().hidden()),
                readers);
    }

    private MessageView storeMessage(Outgoing outgoing, String html) {
        long conversationId = outgoing.conversationId();
        long senderId = outgoing.senderId();
        StoredImage image = outgoing.image();
        if (outgoing.answersRequest()) {
            // Answering a request accepts it.
            store.changeStatus(conversationId, senderId, ChatStore.ACTIVE);
        }
        Instant now = clock.instant();
        String imageKey = image == null ? null : image.key();
        String alt = image == null ? null : outgoing.alt();
        Integer width = image == null ? null : image.width();
        Integer height = image == null ? null : image.height();
        long id = store.insertMessage(conversationId, senderId, outgoing.text(), imageKey, alt, width, height, now);
        store.recordLastMessage(conversationId, id, now);
        store.markRead(conversationId, senderId, id);
        if (outgoing.unhides()) {
            store.unhide(conversationId);
        }
        Set<Long> recipients = new LinkedHashSet<>(outgoing.readers());
        recipients.remove(senderId);
        events.publishEvent(new MessageSent(conversationId, id, senderId, Set.copyOf(recipients)));
        MessageRow row = new MessageRow(
                id, conversationId, senderId, outgoing.text(), imageKey, alt, width, height, now, null, null);
        return view(row, outgoing.sender(), html);
    }

    /** A direct conversation stays subject to the other member's choice and to blocks. */
    private void checkDirectRecipient(long senderId, List<Addressee> addressees) {
        for (Addressee addressee : addressees) {
            ParticipantRow row = addressee.participant();
            if (row.accountId() == senderId) {
                continue;
            }
            if (ChatStore.LEFT.equals(row.status())) {
                throw notAccepting();
            }
            Relationship relationship = relationships.between(row.accountId(), senderId);
            if (relationship.blockedEitherWay()) {
                throw notAccepting();
            }
            WhoMayMessage who = addressee.whoMayMessage();
            if (who == WhoMayMessage.NOBODY || (who == WhoMayMessage.CONNECTIONS && !relationship.connected())) {
                throw notAccepting();
            }
        }
    }

    private void checkConfidentiality(String text, boolean confirmed) {
        if (!confirmed && !text.isEmpty()) {
            List<Finding> findings = guard.check(text);
            if (!findings.isEmpty()) {
                throw new ChatConfidentialityException(findings);
            }
        }
    }

    @Override
    @Transactional
    public MessageView edit(long memberId, long messageId, String text, boolean confidentialityConfirmed) {
        MessageRow message = ownMessage(memberId, messageId);
        if (message.deletedAt() != null) {
            throw new InvalidRequestException("error.chat.deleted");
        }
        Instant now = clock.instant();
        if (now.isAfter(message.createdAt().plus(EDIT_WINDOW))) {
            throw new NotAllowedException("error.chat.editWindow", EDIT_WINDOW_MINUTES);
        }
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() && message.imageKey() == null) {
            throw new InvalidRequestException("error.chat.empty");
        }
        if (clean.length() > MAX_TEXT_LENGTH) {
            throw new InvalidRequestException("error.chat.tooLong", MAX_TEXT_LENGTH);
        }
        checkConfidentiality(clean, confidentialityConfirmed);
        store.editMessage(messageId, clean, now);
        MessageView view =
                messageViews(List.of(store.message(messageId).orElseThrow())).get(0);
        events.publishEvent(new MessageEdited(message.conversationId(), messageId, memberId));
        Map<String, Object> event = ChatJson.event("edited", message.conversationId());
        event.put("message", ChatJson.message(view));
        push.toMembers(readers(message.conversationId()), event);
        return view;
    }

    @Override
    @Transactional
    public void delete(long memberId, long messageId) {
        MessageRow message = ownMessage(memberId, messageId);
        if (message.deletedAt() != null) {
            return;
        }
        store.deleteMessage(messageId, clock.instant());
        if (message.imageKey() != null) {
            media.delete(message.imageKey());
        }
        events.publishEvent(new MessageDeleted(message.conversationId(), messageId, memberId));
        MessageView view =
                messageViews(List.of(store.message(messageId).orElseThrow())).get(0);
        Map<String, Object> event = ChatJson.event("deleted", message.conversationId());
        event.put("message", ChatJson.message(view));
        push.toMembers(readers(message.conversationId()), event);
    }

    /** A message of the member's in a conversation they are still in; anything else is not found. */
    private MessageRow ownMessage(long memberId, long messageId) {
        MessageRow message =
                store.message(messageId).orElseThrow(() -> new NotFoundException("error.chat.messageNotFound"));
        Membership membership = store.membership(message.conversationId(), memberId)
                .filter(m -> m.participant().canRead())
                .orElseThrow(() -> new NotFoundException("error.chat.messageNotFound"));
        if (message.id() <= membership.participant().clearedMessageId()) {
            throw new NotFoundException("error.chat.messageNotFound");
        }
        if (message.senderId() != memberId) {
            throw new NotAllowedException("error.chat.notYourMessage");
        }
        return message;
    }

    // ---- settings and export

    @Override
    public ChatSettings settings(long memberId) {
        return store.settings(memberId).orElse(ChatSettings.DEFAULTS);
    }

    @Override
    @Transactional
    public void changeSettings(long memberId, ChatSettings settings) {
        Objects.requireNonNull(settings.whoMayMessage(), "whoMayMessage");
        store.saveSettings(memberId, settings);
    }

    @Override
    public Map<String, Object> export(long memberId) {
        AccountSummary me = directory.findById(memberId).orElseThrow(ConversationNotFoundException::new);
        List<Membership> memberships = store.readableMemberships(memberId);
        List<ConversationView> views = views(memberId, memberships);
        List<Map<String, Object>> conversations = new ArrayList<>();
        for (int i = 0; i < memberships.size(); i++) {
            Membership membership = memberships.get(i);
            Map<String, Object> json = ChatJson.conversation(views.get(i));
            List<Map<String, Object>> messages = new ArrayList<>();
            long after = membership.participant().clearedMessageId();
            List<MessageRow> batch;
            do {
                batch = store.messagesAfter(membership.conversation().id(), after, 500);
                messageViews(batch).forEach(view -> messages.add(ChatJson.message(view)));
                if (!batch.isEmpty()) {
                    after = batch.get(batch.size() - 1).id();
                }
            } while (batch.size() == 500);
            json.put("messages", messages);
            conversations.add(json);
        }
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("account", ChatJson.account(me.id(), me.username(), me.displayName()));
        export.put("exported_at", clock.instant().toString());
        export.put("conversations", conversations);
        return export;
    }

    // ---- conversations for the Mastodon API

    @Override
    public List<Summary> directConversations(long memberId, Long maxMessageId, Long sinceMessageId, int limit) {
        List<Membership> memberships = store.memberships(
                memberId,
                READABLE,
                maxMessageId,
                // Strictly older: a message belongs to one conversation, so no other ends with the same one.
                maxMessageId == null ? null : 0L,
                Math.max(1, Math.min(limit, MAX_PAGE_SIZE)));
        List<ConversationView> page = views(memberId, memberships);
        if (sinceMessageId != null) {
            page = page.stream().filter(c -> c.lastMessageId() > sinceMessageId).toList();
        }
        return summaries(memberId, page);
    }

    @Override
    public Summary directConversation(long memberId, long conversationId) {
        return summaries(memberId, List.of(conversation(memberId, conversationId)))
                .get(0);
    }

    private List<Summary> summaries(long memberId, List<ConversationView> conversations) {
        Map<Long, MessageView> last = messageViews(store.messages(conversations.stream()
                        .map(ConversationView::lastMessageId)
                        .filter(id -> id > 0)
                        .toList()))
                .stream()
                .filter(message -> !message.deleted())
                .collect(Collectors.toMap(MessageView::id, Function.identity()));
        return conversations.stream()
                .map(c -> new Summary(
                        c.id(),
                        c.participants().stream()
                                .map(Participant::accountId)
                                .filter(id -> id != memberId)
                                .toList(),
                        c.lastMessageId(),
                        last.get(c.lastMessageId()),
                        c.unread()))
                .toList();
    }

    @Override
    public Message message(long memberId, long messageId) {
        MessageRow row =
                store.message(messageId).orElseThrow(() -> new NotFoundException("error.chat.messageNotFound"));
        Membership membership = store.membership(row.conversationId(), memberId)
                .filter(m -> m.participant().canRead())
                .filter(m -> row.id() > m.participant().clearedMessageId())
                .orElseThrow(() -> new NotFoundException("error.chat.messageNotFound"));
        MessageView view = messageViews(List.of(row)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.chat.messageNotFound"));
        return new Message(view, List.copyOf(readers(membership.conversation().id())));
    }

    @Override
    public Optional<Long> groupConversationWith(long memberId, Collection<Long> otherMemberIds) {
        Set<Long> wanted = new HashSet<>(otherMemberIds);
        wanted.add(memberId);
        List<ConversationRow> groups = store.readableMemberships(memberId).stream()
                .filter(m -> ChatStore.ACTIVE.equals(m.participant().status()))
                .map(Membership::conversation)
                .filter(c -> c.kind() == ConversationKind.GROUP)
                .toList();
        Map<Long, Set<Long>> members = store
                .participants(groups.stream().map(ConversationRow::id).toList())
                .stream()
                .filter(ParticipantRow::canRead)
                .collect(Collectors.groupingBy(
                        ParticipantRow::conversationId,
                        Collectors.mapping(ParticipantRow::accountId, Collectors.toSet())));
        return groups.stream()
                .filter(c -> wanted.equals(members.get(c.id())))
                .max(Comparator.comparingLong(ConversationRow::lastMessageId))
                .map(ConversationRow::id);
    }

    @Override
    @Transactional
    public void markDirectConversationRead(long memberId, long conversationId) {
        markRead(
                memberId,
                conversationId,
                readableMembership(memberId, conversationId).conversation().lastMessageId());
    }

    @Override
    @Transactional
    public void removeDirectConversation(long memberId, long conversationId) {
        deleteMySide(memberId, conversationId);
    }

    // ---- helpers

    private Membership readableMembership(long memberId, long conversationId) {
        return store.membership(conversationId, memberId)
                .filter(m -> m.participant().canRead())
                .orElseThrow(ConversationNotFoundException::new);
    }

    /** Typing and adding members need an accepted place in the conversation, not a pending request. */
    private Membership activeMembership(long memberId, long conversationId) {
        Membership membership = readableMembership(memberId, conversationId);
        if (!ChatStore.ACTIVE.equals(membership.participant().status())) {
            throw new NotAllowedException("error.chat.acceptFirst");
        }
        return membership;
    }

    private Set<Long> readers(long conversationId) {
        return store.participants(conversationId).stream()
                .filter(ParticipantRow::canRead)
                .map(ParticipantRow::accountId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Map<Long, ParticipantRow> byAccount(List<ParticipantRow> rows) {
        Map<Long, ParticipantRow> map = new LinkedHashMap<>();
        rows.forEach(row -> map.put(row.accountId(), row));
        return map;
    }

    /** A page of conversations in four queries whatever its size: rows, participants, names, last messages. */
    private List<ConversationView> views(long memberId, List<Membership> memberships) {
        if (memberships.isEmpty()) {
            return List.of();
        }
        List<Long> ids = memberships.stream().map(m -> m.conversation().id()).toList();
        Map<Long, List<ParticipantRow>> participants = store.participants(ids).stream()
                .filter(ParticipantRow::canRead)
                .collect(Collectors.groupingBy(ParticipantRow::conversationId));
        Set<Long> accountIds = participants.values().stream()
                .flatMap(List::stream)
                .map(ParticipantRow::accountId)
                .collect(Collectors.toSet());
        Map<Long, AccountSummary> accounts = directory.findAll(accountIds);
        Map<Long, MessageRow> lastMessages = store
                .messages(memberships.stream()
                        .filter(m -> m.conversation().lastMessageId()
                                > m.participant().clearedMessageId())
                        .map(m -> m.conversation().lastMessageId())
                        .toList())
                .stream()
                .collect(Collectors.toMap(MessageRow::id, Function.identity()));
        List<ConversationView> views = new ArrayList<>();
        for (Membership membership : memberships) {
            ConversationRow conversation = membership.conversation();
            ParticipantRow mine = membership.participant();
            List<Participant> people = participants.getOrDefault(conversation.id(), List.of()).stream()
                    .filter(row -> accounts.containsKey(row.accountId()))
                    .map(row -> {
                        AccountSummary account = accounts.get(row.accountId());
                        return new Participant(
                                row.accountId(),
                                account.username(),
                                account.displayName(),
                                row.lastReadMessageId(),
                                ChatStore.REQUEST.equals(row.status()));
                    })
                    .toList();
            String title = conversation.title();
            if (conversation.kind() == ConversationKind.DIRECT || title == null) {
                title = people.stream()
                        .filter(p -> p.accountId() != memberId)
                        .map(Participant::displayName)
                        .collect(Collectors.joining(", "));
            }
            MessageRow last = lastMessages.get(conversation.lastMessageId());
            String preview = last == null ? null : preview(last);
            boolean visibleNews = conversation.lastMessageId() > mine.clearedMessageId();
            views.add(new ConversationView(
                    conversation.id(),
                    conversation.kind(),
                    title,
                    people,
                    conversation.lastMessageId(),
                    conversation.lastMessageAt(),
                    visibleNews && conversation.lastMessageId() > mine.lastReadMessageId(),
                    mine.muted(),
                    ChatStore.REQUEST.equals(mine.status()),
                    preview));
        }
        return views;
    }

    private static String preview(MessageRow row) {
        if (row.deletedAt() != null) {
            return null;
        }
        String text = row.body().replaceAll("\\s+", " ").strip();
        return text.length() > PREVIEW_LENGTH ? text.substring(0, PREVIEW_LENGTH - 1) + "…" : text;
    }

    private List<MessageView> messageViews(List<MessageRow> rows) {
        Map<Long, AccountSummary> senders =
                directory.findAll(rows.stream().map(MessageRow::senderId).collect(Collectors.toSet()));
        return rows.stream()
                .filter(row -> senders.containsKey(row.senderId()))
                .map(row -> view(row, senders.get(row.senderId())))
                .toList();
    }

    private MessageView view(MessageRow row, AccountSummary sender) {
        return view(row, sender, row.deletedAt() != null ? "" : markdown.toSafeHtml(row.body()));
    }

    private MessageView view(MessageRow row, AccountSummary sender, String html) {
        boolean deleted = row.deletedAt() != null;
        MessageView.Image image = row.imageKey() == null
                ? null
                : new MessageView.Image(
                        StoredImage.urlOf(row.imageKey()),
                        row.imageAlt(),
                        row.imageWidth() == null ? 0 : row.imageWidth(),
                        row.imageHeight() == null ? 0 : row.imageHeight());
        return new MessageView(
                row.id(),
                row.conversationId(),
                row.senderId(),
                sender.username(),
                sender.displayName(),
                deleted ? "" : row.body(),
                deleted ? "" : html,
                image,
                row.createdAt(),
                row.editedAt(),
                deleted);
    }
}
