package org.socialworkr.chat.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.chat.ChatConfidentialityException;
import org.socialworkr.chat.ChatSettings;
import org.socialworkr.chat.ConversationPage;
import org.socialworkr.chat.ConversationView;
import org.socialworkr.chat.Conversations;
import org.socialworkr.chat.Folder;
import org.socialworkr.chat.MessageDraft;
import org.socialworkr.chat.MessagePage;
import org.socialworkr.chat.MessageView;
import org.socialworkr.chat.WhoMayMessage;
import org.socialworkr.common.DomainException;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.common.NotFoundException;
import org.socialworkr.common.web.NavigationItem;
import org.socialworkr.confidentiality.ConfidentialityGuard;
import org.socialworkr.confidentiality.Finding;
import org.socialworkr.media.MediaStorage;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Messages pages. They work without JavaScript: forms post and redirect, history pages by
 * an "earlier messages" link; chat.js adds live delivery, typing and read state on top.
 */
@Controller
class ChatController {

    static final int PAGE_SIZE = 30;

    private final Conversations conversations;
    private final Members members;
    private final ConfidentialityGuard guard;
    private final MediaStorage media;

    ChatController(Conversations conversations, Members members, ConfidentialityGuard guard, MediaStorage media) {
        this.conversations = conversations;
        this.members = members;
        this.guard = guard;
        this.media = media;
    }

    @GetMapping("/messages")
    String inbox(
            CurrentAccount me,
            @RequestParam(required = false) String folder,
            @RequestParam(name = "max_id", required = false) String cursor,
            Model model) {
        Folder chosen = "requests".equals(folder) ? Folder.REQUESTS : Folder.INBOX;
        ConversationPage page = conversations.list(me.id(), chosen, cursor, PAGE_SIZE);
        model.addAttribute("folder", chosen);
        model.addAttribute("conversations", page.conversations());
        model.addAttribute("nextCursor", page.nextCursor());
        model.addAttribute("paged", cursor != null);
        model.addAttribute(
                "requestCount",
                chosen == Folder.REQUESTS
                        ? page.conversations().size()
                        : conversations
                                .list(me.id(), Folder.REQUESTS, null, Conversations.MAX_PAGE_SIZE)
                                .conversations()
                                .size());
        return "chat/inbox";
    }

    @GetMapping("/messages/new")
    String newConversation(@RequestParam(required = false) String to, Model model) {
        model.addAttribute("usernames", to == null ? "" : to);
        model.addAttribute("title", "");
        return "chat/new";
    }

    @PostMapping("/messages")
    String start(
            CurrentAccount me,
            @RequestParam(required = false) String usernames,
            @RequestParam(required = false) String title,
            Model model) {
        try {
            List<String> names = Members.split(usernames);
            if (names.isEmpty()) {
                throw new InvalidRequestException("error.chat.noParticipants");
            }
            Set<Long> ids = members.ids(names);
            ConversationView started = names.size() == 1 && (title == null || title.isBlank())
                    ? conversations.startDirect(me.id(), ids.iterator().next())
                    : conversations.startGroup(me.id(), title, ids);
            return "redirect:/messages/" + started.id();
        } catch (InvalidRequestException | NotAllowedException | NotFoundException refused) {
            model.addAttribute("usernames", usernames);
            model.addAttribute("title", title);
            model.addAttribute("chatError", refused);
            return "chat/new";
        }
    }

    /** The button on a profile page. */
    @PostMapping("/messages/with/{accountId}")
    String startWith(CurrentAccount me, @PathVariable long accountId, RedirectAttributes redirect) {
        try {
            return "redirect:/messages/"
                    + conversations.startDirect(me.id(), accountId).id();
        } catch (NotAllowedException refused) {
            redirect.addFlashAttribute("notice", "chat.notice.notAccepting");
            return "redirect:/messages";
        }
    }

    @GetMapping("/messages/{id}")
    String show(
            CurrentAccount me,
            @PathVariable long id,
            @RequestParam(name = "max_id", required = false) Long maxId,
            Model model) {
        ConversationView conversation = conversations.conversation(me.id(), id);
        MessagePage page = conversations.messages(me.id(), id, maxId, null, PAGE_SIZE);
        if (maxId == null && conversation.lastMessageId() > 0 && !conversation.request()) {
            conversations.markRead(me.id(), id, conversation.lastMessageId());
            conversation = conversations.conversation(me.id(), id);
        }
        return conversationPage(me, conversation, page, maxId, MessageForm.empty(), List.of(), null, model);
    }

    @PostMapping("/messages/{id}")
    String send(
            CurrentAccount me,
            @PathVariable long id,
            MessageForm form,
            @RequestParam(name = "image", required = false) MultipartFile image,
            Model model) {
        String text = form.text() == null ? "" : form.text().strip();
        try {
            // The guard runs before an image is stored, so a held-back message leaves no file behind.
            if (!form.confirmed() && !text.isEmpty()) {
                List<Finding> findings = guard.check(text);
                if (!findings.isEmpty()) {
                    throw new ChatConfidentialityException(findings);
                }
            }
            String imageKey = null;
            if (image != null && !image.isEmpty()) {
                if (form.imageAlt() == null || form.imageAlt().isBlank()) {
                    throw new InvalidRequestException("error.chat.altRequired");
                }
                try (InputStream data = image.getInputStream()) {
                    imageKey = media.storeImage(me.id(), data, image.getContentType())
                            .key();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            MessageView sent = conversations.send(
                    me.id(), id, new MessageDraft(text, imageKey, form.imageAlt(), form.confirmed()));
            return "redirect:/messages/" + id + "#message-" + sent.id();
        } catch (ChatConfidentialityException refused) {
            return refusedPage(me, id, form, refused.findings(), null, model);
        } catch (InvalidRequestException | NotAllowedException refused) {
            return refusedPage(me, id, form, List.of(), refused, model);
        }
    }

    private String refusedPage(
            CurrentAccount me, long id, MessageForm form, List<Finding> findings, DomainException error, Model model) {
        ConversationView conversation = conversations.conversation(me.id(), id);
        MessagePage page = conversations.messages(me.id(), id, null, null, PAGE_SIZE);
        return conversationPage(me, conversation, page, null, form, findings, error, model);
    }

    private String conversationPage(
            CurrentAccount me,
            ConversationView conversation,
            MessagePage page,
            Long maxId,
            MessageForm form,
            List<Finding> findings,
            DomainException error,
            Model model) {
        model.addAttribute("conversation", conversation);
        model.addAttribute(
                "seenBy",
                conversation.participants().stream()
                        .filter(p -> p.accountId() != me.id()
                                && conversation.lastMessageId() > 0
                                && p.lastReadMessageId() >= conversation.lastMessageId())
                        .map(org.socialworkr.chat.Participant::displayName)
                        .toList());
        model.addAttribute("messages", page.messages());
        model.addAttribute("olderCursor", page.olderCursor());
        model.addAttribute("paged", maxId != null);
        model.addAttribute("messageForm", form);
        model.addAttribute("findings", findings);
        model.addAttribute("chatError", error);
        model.addAttribute("settings", conversations.settings(me.id()));
        model.addAttribute("editWindowMinutes", Conversations.EDIT_WINDOW_MINUTES);
        model.addAttribute("now", java.time.Instant.now());
        return "chat/conversation";
    }

    @GetMapping("/messages/{id}/messages/{messageId}/edit")
    String editForm(CurrentAccount me, @PathVariable long id, @PathVariable long messageId, Model model) {
        MessageView message = ownMessage(me, id, messageId);
        model.addAttribute("conversation", conversations.conversation(me.id(), id));
        model.addAttribute("message", message);
        model.addAttribute("messageForm", new MessageForm(message.text(), null, false));
        model.addAttribute("findings", List.of());
        return "chat/edit";
    }

    @PostMapping("/messages/{id}/messages/{messageId}/edit")
    String edit(
            CurrentAccount me,
            @PathVariable long id,
            @PathVariable long messageId,
            MessageForm form,
            Model model,
            RedirectAttributes redirect) {
        MessageView message = ownMessage(me, id, messageId);
        try {
            conversations.edit(me.id(), messageId, form.text(), form.confirmed());
        } catch (ChatConfidentialityException refused) {
            return editPage(me, id, message, form, refused.findings(), null, model);
        } catch (InvalidRequestException | NotAllowedException refused) {
            return editPage(me, id, message, form, List.of(), refused, model);
        }
        redirect.addFlashAttribute("notice", "chat.notice.edited");
        return "redirect:/messages/" + id + "#message-" + messageId;
    }

    private String editPage(
            CurrentAccount me,
            long id,
            MessageView message,
            MessageForm form,
            List<Finding> findings,
            DomainException error,
            Model model) {
        model.addAttribute("conversation", conversations.conversation(me.id(), id));
        model.addAttribute("message", message);
        model.addAttribute("messageForm", form);
        model.addAttribute("findings", findings);
        model.addAttribute("chatError", error);
        return "chat/edit";
    }

    /** The message as found in this conversation's history; a message of another conversation is not found. */
    private MessageView ownMessage(CurrentAccount me, long conversationId, long messageId) {
        MessagePage around = conversations.messages(me.id(), conversationId, messageId + 1, null, 1);
        return around.messages().stream()
                .filter(m -> m.id() == messageId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.chat.messageNotFound"));
    }

    @PostMapping("/messages/{id}/messages/{messageId}/delete")
    String delete(CurrentAccount me, @PathVariable long id, @PathVariable long messageId, RedirectAttributes redirect) {
        ownMessage(me, id, messageId);
        conversations.delete(me.id(), messageId);
        redirect.addFlashAttribute("notice", "chat.notice.deleted");
        return "redirect:/messages/" + id;
    }

    @PostMapping("/messages/{id}/mute")
    String mute(CurrentAccount me, @PathVariable long id, @RequestParam(defaultValue = "true") boolean muted) {
        conversations.mute(me.id(), id, muted);
        return "redirect:/messages/" + id;
    }

    @PostMapping("/messages/{id}/leave")
    String leave(CurrentAccount me, @PathVariable long id, RedirectAttributes redirect) {
        conversations.leave(me.id(), id);
        redirect.addFlashAttribute("notice", "chat.notice.left");
        return "redirect:/messages";
    }

    @PostMapping("/messages/{id}/accept")
    String accept(CurrentAccount me, @PathVariable long id) {
        conversations.acceptRequest(me.id(), id);
        return "redirect:/messages/" + id;
    }

    @PostMapping("/messages/{id}/decline")
    String decline(CurrentAccount me, @PathVariable long id, RedirectAttributes redirect) {
        conversations.declineRequest(me.id(), id);
        redirect.addFlashAttribute("notice", "chat.notice.declined");
        return "redirect:/messages?folder=requests";
    }

    @PostMapping("/messages/{id}/delete")
    String deleteMySide(CurrentAccount me, @PathVariable long id, RedirectAttributes redirect) {
        conversations.deleteMySide(me.id(), id);
        redirect.addFlashAttribute("notice", "chat.notice.cleared");
        return "redirect:/messages";
    }

    @PostMapping("/messages/{id}/participants")
    String addParticipants(
            CurrentAccount me,
            @PathVariable long id,
            @RequestParam(required = false) String usernames,
            Model model,
            RedirectAttributes redirect) {
        try {
            conversations.addParticipants(me.id(), id, members.ids(Members.split(usernames)));
        } catch (InvalidRequestException | NotAllowedException | NotFoundException refused) {
            ConversationView conversation = conversations.conversation(me.id(), id);
            MessagePage page = conversations.messages(me.id(), id, null, null, PAGE_SIZE);
            model.addAttribute("participantsError", refused);
            return conversationPage(me, conversation, page, null, MessageForm.empty(), List.of(), null, model);
        }
        redirect.addFlashAttribute("notice", "chat.notice.added");
        return "redirect:/messages/" + id;
    }

    @GetMapping("/messages/settings")
    String settings(CurrentAccount me, Model model) {
        model.addAttribute("settings", conversations.settings(me.id()));
        model.addAttribute("choices", WhoMayMessage.values());
        return "chat/settings";
    }

    @PostMapping("/messages/settings")
    String saveSettings(
            CurrentAccount me,
            @RequestParam(name = "who_may_message") WhoMayMessage who,
            @RequestParam(defaultValue = "false") boolean sound,
            RedirectAttributes redirect) {
        conversations.changeSettings(me.id(), new ChatSettings(who, sound));
        redirect.addFlashAttribute("notice", "chat.notice.settingsSaved");
        return "redirect:/messages/settings";
    }

    /** The member's own conversations as a JSON file. */
    @GetMapping(value = "/messages/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> export(CurrentAccount me) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"socialworkr-messages.json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(conversations.export(me.id()));
    }

    @Bean
    static NavigationItem chatNavigationItem() {
        return new NavigationItem("nav.messages", ChatBadge.PATH, 30, true);
    }
}
