package org.socialworkr.chat.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.chat.ChatConfidentialityException;
import org.socialworkr.chat.ChatSettings;
import org.socialworkr.chat.ConversationPage;
import org.socialworkr.chat.ConversationView;
import org.socialworkr.chat.Conversations;
import org.socialworkr.chat.Folder;
import org.socialworkr.chat.MessageDraft;
import org.socialworkr.chat.MessagePage;
import org.socialworkr.chat.WhoMayMessage;
import org.socialworkr.chat.internal.ChatJson;
import org.socialworkr.common.InvalidRequestException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Conversations and messages as JSON under {@value #BASE}, with the same permissions as the pages:
 * a conversation the member is not in answers 404, whatever the method.
 */
@RestController
@RequestMapping(ChatApiController.BASE)
class ChatApiController {

    static final String BASE = "/api/v1/chat";

    private final Conversations conversations;
    private final Members members;
    private final MessageSource messages;

    ChatApiController(Conversations conversations, Members members, MessageSource messages) {
        this.conversations = conversations;
        this.members = members;
        this.messages = messages;
    }

    record StartBody(List<String> usernames, String title) {}

    record ParticipantsBody(List<String> usernames) {}

    record MessageBody(String text, @JsonProperty("confidentiality_confirmed") Boolean confidentialityConfirmed) {

        boolean confirmed() {
            return Boolean.TRUE.equals(confidentialityConfirmed);
        }
    }

    record ReadBody(@JsonProperty("message_id") String messageId) {}

    record SettingsBody(@JsonProperty("who_may_message") String whoMayMessage, Boolean sound) {}

    @GetMapping("/conversations")
    Map<String, Object> list(
            CurrentAccount me,
            @RequestParam(required = false) String folder,
            @RequestParam(name = "max_id", required = false) String cursor,
            @RequestParam(defaultValue = "20") int limit) {
        Folder chosen = "requests".equals(folder) ? Folder.REQUESTS : Folder.INBOX;
        ConversationPage page = conversations.list(me.id(), chosen, cursor, limit);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(
                "conversations",
                page.conversations().stream().map(ChatJson::conversation).toList());
        json.put("next_max_id", page.nextCursor());
        return json;
    }

    @PostMapping("/conversations")
    ResponseEntity<Map<String, Object>> start(CurrentAccount me, @RequestBody StartBody body) {
        List<String> names = body.usernames() == null ? List.of() : body.usernames();
        if (names.isEmpty()) {
            throw new InvalidRequestException("error.chat.noParticipants");
        }
        var ids = members.ids(names);
        ConversationView started =
                names.size() == 1 && (body.title() == null || body.title().isBlank())
                        ? conversations.startDirect(me.id(), ids.iterator().next())
                        : conversations.startGroup(me.id(), body.title(), ids);
        return ResponseEntity.status(HttpStatus.CREATED).body(ChatJson.conversation(started));
    }

    @GetMapping("/conversations/{id}")
    Map<String, Object> show(CurrentAccount me, @PathVariable long id) {
        return ChatJson.conversation(conversations.conversation(me.id(), id));
    }

    /** Deletes the member's side: history and conversation disappear for them only. */
    @DeleteMapping("/conversations/{id}")
    ResponseEntity<Void> deleteMySide(CurrentAccount me, @PathVariable long id) {
        conversations.deleteMySide(me.id(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/conversations/{id}/participants")
    Map<String, Object> addParticipants(CurrentAccount me, @PathVariable long id, @RequestBody ParticipantsBody body) {
        conversations.addParticipants(
                me.id(), id, members.ids(body.usernames() == null ? List.of() : body.usernames()));
        return ChatJson.conversation(conversations.conversation(me.id(), id));
    }

    @PostMapping("/conversations/{id}/leave")
    ResponseEntity<Void> leave(CurrentAccount me, @PathVariable long id) {
        conversations.leave(me.id(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/conversations/{id}/mute")
    Map<String, Object> mute(CurrentAccount me, @PathVariable long id) {
        conversations.mute(me.id(), id, true);
        return ChatJson.conversation(conversations.conversation(me.id(), id));
    }

    @PostMapping("/conversations/{id}/unmute")
    Map<String, Object> unmute(CurrentAccount me, @PathVariable long id) {
        conversations.mute(me.id(), id, false);
        return ChatJson.conversation(conversations.conversation(me.id(), id));
    }

    @PostMapping("/conversations/{id}/accept")
    Map<String, Object> accept(CurrentAccount me, @PathVariable long id) {
        conversations.acceptRequest(me.id(), id);
        return ChatJson.conversation(conversations.conversation(me.id(), id));
    }

    @PostMapping("/conversations/{id}/decline")
    ResponseEntity<Void> decline(CurrentAccount me, @PathVariable long id) {
        conversations.declineRequest(me.id(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/conversations/{id}/read")
    ResponseEntity<Void> read(CurrentAccount me, @PathVariable long id, @RequestBody ReadBody body) {
        conversations.markRead(me.id(), id, parseId(body.messageId()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/conversations/{id}/messages")
    Map<String, Object> messages(
            CurrentAccount me,
            @PathVariable long id,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(name = "since_id", required = false) Long sinceId,
            @RequestParam(defaultValue = "30") int limit) {
        MessagePage page = conversations.messages(me.id(), id, maxId, sinceId, limit);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("messages", page.messages().stream().map(ChatJson::message).toList());
        json.put(
                "next_max_id",
                page.olderCursor() == null ? null : page.olderCursor().toString());
        return json;
    }

    @PostMapping("/conversations/{id}/messages")
    ResponseEntity<Map<String, Object>> send(CurrentAccount me, @PathVariable long id, @RequestBody MessageBody body) {
        var sent = conversations.send(me.id(), id, new MessageDraft(body.text(), null, null, body.confirmed()));
        return ResponseEntity.status(HttpStatus.CREATED).body(ChatJson.message(sent));
    }

    @PatchMapping("/messages/{messageId}")
    Map<String, Object> edit(CurrentAccount me, @PathVariable long messageId, @RequestBody MessageBody body) {
        return ChatJson.message(conversations.edit(me.id(), messageId, body.text(), body.confirmed()));
    }

    @DeleteMapping("/messages/{messageId}")
    ResponseEntity<Void> delete(CurrentAccount me, @PathVariable long messageId) {
        conversations.delete(me.id(), messageId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/unread")
    Map<String, Object> unread(CurrentAccount me) {
        return Map.of("unread_conversations", conversations.unreadCount(me.id()));
    }

    @GetMapping("/export")
    Map<String, Object> export(CurrentAccount me) {
        return conversations.export(me.id());
    }

    @GetMapping("/settings")
    Map<String, Object> settings(CurrentAccount me) {
        return settingsJson(conversations.settings(me.id()));
    }

    @PutMapping("/settings")
    Map<String, Object> changeSettings(CurrentAccount me, @RequestBody SettingsBody body) {
        ChatSettings current = conversations.settings(me.id());
        WhoMayMessage who = current.whoMayMessage();
        if (body.whoMayMessage() != null) {
            try {
                who = WhoMayMessage.valueOf(body.whoMayMessage().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("error.chat.badSetting");
            }
        }
        ChatSettings changed = new ChatSettings(who, body.sound() == null ? current.sound() : body.sound());
        conversations.changeSettings(me.id(), changed);
        return settingsJson(changed);
    }

    private static Map<String, Object> settingsJson(ChatSettings settings) {
        return Map.of(
                "who_may_message", settings.whoMayMessage().name().toLowerCase(Locale.ROOT), "sound", settings.sound());
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidRequestException("error.chat.badMessageId");
        }
    }

    @ExceptionHandler(ChatConfidentialityException.class)
    ResponseEntity<Map<String, Object>> heldBack(ChatConfidentialityException refused, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", messages.getMessage(refused.messageKey(), null, refused.messageKey(), locale));
        json.put(
                "findings",
                refused.findings().stream()
                        .map(finding -> Map.of(
                                "kind", finding.kind().apiName(),
                                "start", finding.start(),
                                "end", finding.end(),
                                "message", finding.message()))
                        .toList());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(json);
    }
}
