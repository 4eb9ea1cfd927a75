package org.socialworkr.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.connection.ConnectionRequestView;
import org.socialworkr.connection.Connections;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Who may read and write which conversation, through pages, the API and the facade. */
@IntegrationTest
class ChatIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Connections connections;

    @Autowired
    Conversations conversations;

    @Autowired
    JdbcClient jdbc;

    TestAccount ana;
    TestAccount ben;
    TestAccount eve;
    MockHttpSession anaSession;
    MockHttpSession benSession;
    MockHttpSession eveSession;

    @BeforeEach
    void members() throws Exception {
        ana = accounts.create("ana");
        ben = accounts.create("ben");
        eve = accounts.create("eve");
        anaSession = accounts.login(mvc, ana);
        benSession = accounts.login(mvc, ben);
        eveSession = accounts.login(mvc, eve);
    }

    private void connect(TestAccount a, TestAccount b) {
        ConnectionRequestView request = connections.requestConnection(a.id(), b.id(), null);
        connections.accept(b.id(), request.id());
    }

    @Test
    void connectionsChatInTheInboxAndAThirdMemberCannotReadThePageOrTheApi() throws Exception {
        connect(ana, ben);
        String location = mvc.perform(
                        post("/messages/with/" + ben.id()).session(anaSession).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/messages/".length()));
        mvc.perform(post("/messages/" + id)
                        .session(anaSession)
                        .with(csrf())
                        .param("text", "See you at the *training* on https://example.org/training"))
                .andExpect(redirectedUrlPattern("/messages/" + id + "#message-*"));

        mvc.perform(get("/messages").session(benSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/messages/" + id)));
        mvc.perform(get("/messages/" + id).session(benSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<em>training</em>")))
                .andExpect(content().string(containsString("href=\"https://example.org/training\"")));

        mvc.perform(get("/messages/" + id).session(eveSession)).andExpect(status().isNotFound());
        mvc.perform(post("/messages/" + id).session(eveSession).with(csrf()).param("text", "let me in"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/chat/conversations/" + id).session(eveSession))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").isString());
        mvc.perform(get("/api/v1/chat/conversations/" + id + "/messages").session(eveSession))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").isString());
        mvc.perform(post("/api/v1/chat/conversations/" + id + "/messages")
                        .session(eveSession)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"hi\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/chat/conversations/" + id + "/participants")
                        .session(eveSession)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"usernames\": [\"" + eve.username() + "\"]}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/chat/conversations/" + id + "/messages").session(benSession))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.messages", hasSize(1)))
                .andExpect(jsonPath("$.messages[0].sender.username").value(ana.username()));
        mvc.perform(get("/api/v1/chat/conversations/" + id + "/messages")).andExpect(status().isUnauthorized());
    }

    @Test
    void aMessageFromANonConnectionLandsInRequestsUntilAccepted() throws Exception {
        ConversationView started = conversations.startDirect(eve.id(), ben.id());
        conversations.send(eve.id(), started.id(), MessageDraft.text("Hello, we met at the NASW conference"));

        assertThat(conversations.list(ben.id(), Folder.INBOX, null, 20).conversations())
                .extracting(ConversationView::id)
                .doesNotContain(started.id());
        assertThat(conversations.list(ben.id(), Folder.REQUESTS, null, 20).conversations())
                .extracting(ConversationView::id)
                .containsExactly(started.id());
        mvc.perform(get("/messages").param("folder", "requests").session(benSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/messages/" + started.id())));
        mvc.perform(get("/api/v1/chat/conversations")
                        .param("folder", "requests")
                        .session(benSession))
                .andExpect(jsonPath("$.conversations[0].id").value(Long.toString(started.id())))
                .andExpect(jsonPath("$.conversations[0].request").value(true));

        mvc.perform(post("/messages/" + started.id() + "/accept")
                        .session(benSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(conversations.list(ben.id(), Folder.INBOX, null, 20).conversations())
                .extracting(ConversationView::id)
                .containsExactly(started.id());
        assertThat(conversations.list(ben.id(), Folder.REQUESTS, null, 20).conversations())
                .isEmpty();
    }

    @Test
    void aDeclinedRequestEndsTheConversationForItsSender() {
        ConversationView started = conversations.startDirect(eve.id(), ben.id());
        conversations.send(eve.id(), started.id(), MessageDraft.text("Buy my course"));
        conversations.declineRequest(ben.id(), started.id());

        assertThat(conversations.canRead(ben.id(), started.id())).isFalse();
        assertThatThrownBy(() -> conversations.send(eve.id(), started.id(), MessageDraft.text("Still there?")))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void nobodyAndConnectionsOnlySettingsAreRespected() throws Exception {
        mvc.perform(post("/messages/settings").session(benSession).with(csrf()).param("who_may_message", "NOBODY"))
                .andExpect(status().is3xxRedirection());
        assertThat(conversations.settings(ben.id()).whoMayMessage()).isEqualTo(WhoMayMessage.NOBODY);
        mvc.perform(post("/api/v1/chat/conversations")
                        .session(eveSession)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"usernames\": [\"" + ben.username() + "\"]}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("This member does not accept messages from you."));

        mvc.perform(put("/api/v1/chat/settings", benSession, "{\"who_may_message\": \"connections\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.who_may_message").value("connections"));
        assertThatThrownBy(() -> conversations.startDirect(eve.id(), ben.id())).isInstanceOf(NotAllowedException.class);
        connect(ana, ben);
        ConversationView allowed = conversations.startDirect(ana.id(), ben.id());
        assertThat(allowed.request()).isFalse();

        // A member who already talks with Ben is refused too once Ben chooses "nobody".
        conversations.send(ana.id(), allowed.id(), MessageDraft.text("Before"));
        conversations.changeSettings(ben.id(), new ChatSettings(WhoMayMessage.NOBODY, false));
        assertThatThrownBy(() -> conversations.send(ana.id(), allowed.id(), MessageDraft.text("After")))
                .isInstanceOf(NotAllowedException.class);
        mvc.perform(put("/api/v1/chat/settings", benSession, "{\"who_may_message\": \"sometimes\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void blockedMembersCanNeverMessage() throws Exception {
        connect(ana, ben);
        ConversationView direct = conversations.startDirect(ana.id(), ben.id());
        conversations.send(ana.id(), direct.id(), MessageDraft.text("Hi"));
        connections.block(ben.id(), ana.id());

        assertThatThrownBy(() -> conversations.send(ana.id(), direct.id(), MessageDraft.text("Why?")))
                .isInstanceOf(NotAllowedException.class);
        // The history stays readable; a new conversation with someone who blocked you never starts.
        assertThat(conversations.startDirect(ana.id(), ben.id()).id()).isEqualTo(direct.id());
        connections.block(ana.id(), eve.id());
        assertThatThrownBy(() -> conversations.startDirect(eve.id(), ana.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> conversations.startGroup(ana.id(), "Team", List.of(ben.id(), eve.id())))
                .isInstanceOf(NotAllowedException.class);
        mvc.perform(post("/messages/" + direct.id())
                        .session(anaSession)
                        .with(csrf())
                        .param("text", "Why?"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This member does not accept messages from you.")));
    }

    @Test
    void groupsAddLeaveAndStayClosedToThoseWhoLeft() throws Exception {
        connect(ana, ben);
        connect(ana, eve);
        mvc.perform(post("/messages")
                        .session(anaSession)
                        .with(csrf())
                        .param("usernames", ben.username())
                        .param("title", "Child welfare study group"))
                .andExpect(status().is3xxRedirection());
        ConversationView group = conversations
                .list(ana.id(), Folder.INBOX, null, 5)
                .conversations()
                .get(0);
        assertThat(group.kind()).isEqualTo(ConversationKind.GROUP);
        assertThat(group.title()).isEqualTo("Child welfare study group");

        mvc.perform(post("/messages/" + group.id() + "/participants")
                        .session(benSession)
                        .with(csrf())
                        .param("usernames", eve.username()))
                .andExpect(status().is3xxRedirection());
        // Eve and Ben are not connected: Eve gets the group as a request.
        assertThat(conversations.conversation(eve.id(), group.id()).request()).isTrue();
        conversations.send(ana.id(), group.id(), MessageDraft.text("Welcome, Eve"));

        mvc.perform(post("/messages/" + group.id() + "/leave")
                        .session(benSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/messages/" + group.id()).session(benSession)).andExpect(status().isNotFound());
        assertThat(conversations.conversation(ana.id(), group.id()).participants())
                .extracting(Participant::accountId)
                .containsExactlyInAnyOrder(ana.id(), eve.id());

        ConversationView direct = conversations.startDirect(ana.id(), ben.id());
        assertThatThrownBy(() -> conversations.leave(ana.id(), direct.id())).isInstanceOf(RuntimeException.class);
    }

    @Test
    void messagesCanBeEditedForFifteenMinutesByTheirSenderOnly() throws Exception {
        connect(ana, ben);
        ConversationView direct = conversations.startDirect(ana.id(), ben.id());
        MessageView message = conversations.send(ana.id(), direct.id(), MessageDraft.text("Meeting at 3"));

        mvc.perform(patch("/api/v1/chat/messages/" + message.id())
                        .session(anaSession)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Meeting at 4\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Meeting at 4"))
                .andExpect(jsonPath("$.edited_at").isString());
        mvc.perform(patch("/api/v1/chat/messages/" + message.id())
                        .session(benSession)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Meeting never\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(patch("/api/v1/chat/messages/" + message.id())
                        .session(eveSession)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Meeting never\"}"))
                .andExpect(status().isNotFound());

        jdbc.sql("update chat_messages set created_at = :then where id = :id")
                .param("then", Timestamp.from(Instant.now().minus(16, ChronoUnit.MINUTES)))
                .param("id", message.id())
                .update();
        mvc.perform(post("/messages/" + direct.id() + "/messages/" + message.id() + "/edit")
                        .session(anaSession)
                        .with(csrf())
                        .param("text", "Meeting at 5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Messages can be edited for 15 minutes only.")));
        assertThat(conversations.messages(ben.id(), direct.id(), null, null, 10).messages())
                .extracting(MessageView::text)
                .containsExactly("Meeting at 4");
    }

    @Test
    void aDeletedMessageShowsAsDeletedForEveryone() throws Exception {
        connect(ana, ben);
        ConversationView direct = conversations.startDirect(ana.id(), ben.id());
        MessageView message = conversations.send(ana.id(), direct.id(), MessageDraft.text("Oops, wrong chat"));

        mvc.perform(delete("/api/v1/chat/messages/" + message.id())
                        .session(benSession)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/messages/" + direct.id() + "/messages/" + message.id() + "/delete")
                        .session(anaSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/messages/" + direct.id()).session(benSession))
                .andExpect(content().string(containsString("Message deleted")))
                .andExpect(content().string(not(containsString("Oops, wrong chat"))));
        mvc.perform(get("/api/v1/chat/conversations/" + direct.id() + "/messages")
                        .session(benSession))
                .andExpect(jsonPath("$.messages[0].deleted").value(true))
                .andExpect(jsonPath("$.messages[0].text").value(""));
    }

    @Test
    void theGuardHoldsAMessageBackUntilTheSenderConfirms() throws Exception {
        connect(ana, ben);
        ConversationView direct = conversations.startDirect(ana.id(), ben.id());
        String risky = "My client Maria Gonzalez, 15, DOB 03/14/2010, lives at 42 Elm Street.";

        mvc.perform(post("/messages/" + direct.id())
                        .session(anaSession)
                        .with(csrf())
                        .param("text", risky))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("confidentiality_confirmed")));
        mvc.perform(post("/api/v1/chat/conversations/" + direct.id() + "/messages")
                        .session(anaSession)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"" + risky + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").isString())
                .andExpect(jsonPath("$.findings").isNotEmpty());
        assertThat(conversations.messages(ana.id(), direct.id(), null, null, 10).messages())
                .isEmpty();

        mvc.perform(post("/messages/" + direct.id())
                        .session(anaSession)
                        .with(csrf())
                        .param("text", risky)
                        .param("confidentiality_confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(conversations.messages(ben.id(), direct.id(), null, null, 10).messages())
                .hasSize(1);
    }

    @Test
    void historyPagesByCursorAndCatchesUpSinceAMessage() {
        connect(ana, ben);
        ConversationView direct = conversations.startDirect(ana.id(), ben.id());
        for (int i = 1; i <= 7; i++) {
            conversations.send(i % 2 == 0 ? ben.id() : ana.id(), direct.id(), MessageDraft.text("message " + i));
        }
        MessagePage newest = conversations.messages(ben.id(), direct.id(), null, null, 3);
        assertThat(newest.messages())
                .extracting(MessageView::text)
                .containsExactly("message 5", "message 6", "message 7");
        MessagePage older = conversations.messages(ben.id(), direct.id(), newest.olderCursor(), null, 3);
        assertThat(older.messages())
                .extracting(MessageView::text)
                .containsExactly("message 2", "message 3", "message 4");
        MessagePage oldest = conversations.messages(ben.id(), direct.id(), older.olderCursor(), null, 3);
        assertThat(oldest.messages()).extracting(MessageView::text).containsExactly("message 1");
        assertThat(oldest.olderCursor()).isNull();

        long seen = older.messages().get(2).id();
        assertThat(conversations
                        .messages(ben.id(), direct.id(), null, seen, 100)
                        .messages())
                .extracting(MessageView::text)
                .containsExactly("message 5", "message 6", "message 7");
    }

    /** Messages sent at once share a commit; a refused one among them costs the others nothing. */
    @Test
    void concurrentSendsAreAllStoredAndARefusalAmongThemStaysAlone() throws Exception {
        connect(ana, ben);
        ConversationView direct = conversations.startDirect(ana.id(), ben.id());
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<MessageView>> sent = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String text = "burst " + i;
                sent.add(senders.submit(() -> conversations.send(ana.id(), direct.id(), MessageDraft.text(text))));
            }
            Future<MessageView> intruder =
                    senders.submit(() -> conversations.send(eve.id(), direct.id(), MessageDraft.text("Let me in")));
            for (Future<MessageView> future : sent) {
                assertThat(future.get(30, TimeUnit.SECONDS).id()).isPositive();
            }
            assertThatThrownBy(() -> intruder.get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(ConversationNotFoundException.class);
        } finally {
            senders.shutdownNow();
        }
        assertThat(conversations
                        .messages(ben.id(), direct.id(), null, null, 100)
                        .messages())
                .hasSize(40)
                .allSatisfy(message -> assertThat(message.text()).startsWith("burst "));
    }

    @Test
    void unreadCountsReadStateAndMute() throws Exception {
        connect(ana, ben);
        ConversationView direct = conversations.startDirect(ana.id(), ben.id());
        MessageView first = conversations.send(ana.id(), direct.id(), MessageDraft.text("one"));
        MessageView second = conversations.send(ana.id(), direct.id(), MessageDraft.text("two"));
        assertThat(conversations.unreadCount(ben.id())).isEqualTo(1);
        assertThat(conversations.unreadCount(ana.id())).isZero();
        mvc.perform(get("/messages/badge").session(benSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 conversation with unread messages")));

        conversations.markRead(ben.id(), direct.id(), first.id());
        assertThat(conversations.unreadCount(ben.id())).isEqualTo(1);
        mvc.perform(post("/api/v1/chat/conversations/" + direct.id() + "/read")
                        .session(benSession)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"message_id\": \"" + second.id() + "\"}"))
                .andExpect(status().isNoContent());
        assertThat(conversations.unreadCount(ben.id())).isZero();
        assertThat(conversations.conversation(ana.id(), direct.id()).participants())
                .filteredOn(p -> p.accountId() == ben.id())
                .extracting(Participant::lastReadMessageId)
                .containsExactly(second.id());

        conversations.mute(ben.id(), direct.id(), true);
        conversations.send(ana.id(), direct.id(), MessageDraft.text("three"));
        assertThat(conversations.unreadCount(ben.id())).isZero();
    }

    @Test
    void deletingOnesSideHidesTheHistoryForThatMemberOnly() throws Exception {
        connect(ana, ben);
        ConversationView direct = conversations.startDirect(ana.id(), ben.id());
        conversations.send(ana.id(), direct.id(), MessageDraft.text("old news"));
        mvc.perform(delete("/api/v1/chat/conversations/" + direct.id())
                        .session(benSession)
                        .with(csrf()))
                .andExpect(status().isNoContent());

        assertThat(conversations.list(ben.id(), Folder.INBOX, null, 20).conversations())
                .isEmpty();
        assertThat(conversations.messages(ben.id(), direct.id(), null, null, 10).messages())
                .isEmpty();
        assertThat(conversations.messages(ana.id(), direct.id(), null, null, 10).messages())
                .hasSize(1);

        conversations.send(ana.id(), direct.id(), MessageDraft.text("fresh news"));
        assertThat(conversations.list(ben.id(), Folder.INBOX, null, 20).conversations())
                .extracting(ConversationView::id)
                .containsExactly(direct.id());
        assertThat(conversations.messages(ben.id(), direct.id(), null, null, 10).messages())
                .extracting(MessageView::text)
                .containsExactly("fresh news");
    }

    @Test
    void theExportHoldsTheMembersOwnConversationsOnly() throws Exception {
        connect(ana, ben);
        ConversationView direct = conversations.startDirect(ana.id(), ben.id());
        conversations.send(ana.id(), direct.id(), MessageDraft.text("for the export"));
        connect(ben, eve);
        ConversationView other = conversations.startDirect(ben.id(), eve.id());
        conversations.send(ben.id(), other.id(), MessageDraft.text("not for Ana"));

        String json = mvc.perform(get("/messages/export").session(anaSession))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.account.username").value(ana.username()))
                .andExpect(jsonPath("$.conversations", hasSize(1)))
                .andExpect(jsonPath("$.conversations[0].messages[0].text").value("for the export"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).doesNotContain("not for Ana");
        mvc.perform(get("/api/v1/chat/export").session(anaSession))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conversations", hasSize(1)));
    }

    @Test
    void pagesShowTheButtonsAndForms() throws Exception {
        mvc.perform(get("/@" + ben.username()).session(anaSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/messages/with/" + ben.id())));
        mvc.perform(get("/messages/new").session(anaSession)).andExpect(status().isOk());
        mvc.perform(get("/messages/settings").session(anaSession)).andExpect(status().isOk());
        mvc.perform(post("/messages").session(anaSession).with(csrf()).param("usernames", "nobody_by_that_name"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no member called nobody_by_that_name.")));
        mvc.perform(get("/messages")).andExpect(status().is3xxRedirection());
    }

    private org.springframework.test.web.servlet.RequestBuilder put(String url, MockHttpSession session, String body) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url)
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}
