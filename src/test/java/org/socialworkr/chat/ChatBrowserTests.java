package org.socialworkr.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.socialworkr.connection.ConnectionRequestView;
import org.socialworkr.connection.Connections;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.socialworkr.test.browser.Accessibility;
import org.socialworkr.test.browser.Browser;
import org.socialworkr.test.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Two members chat live in two browsers: messages, typing and "seen" without reloads, axe on every page. */
@BrowserTest
class ChatBrowserTests {

    private static final Duration LIVE = Duration.ofSeconds(20);

    @Autowired
    TestAccounts accounts;

    @Autowired
    Connections connections;

    @Autowired
    MessageSource messages;

    @Test
    void twoMembersChatLiveAndTheAbsentOneFindsTheMessagesOnReturn(Browser maria) {
        TestAccount mariaAccount = accounts.create("maria");
        TestAccount jamesAccount = accounts.create("james");
        ConnectionRequestView request = connections.requestConnection(mariaAccount.id(), jamesAccount.id(), null);
        connections.accept(jamesAccount.id(), request.id());

        logIn(maria, mariaAccount);
        maria.open("/@" + jamesAccount.username()).submit(text("chat.profile.send"));
        String conversationPath = maria.currentPath();
        assertThat(conversationPath).startsWith("/messages/");
        awaitText(maria, "chat-status", text("chat.conversation.live"));

        try (Browser james = Browser.start(maria.baseUrl())) {
            logIn(james, jamesAccount);
            james.open(conversationPath);
            awaitText(james, "chat-status", text("chat.conversation.live"));

            maria.fill(text("chat.conversation.textLabel"), "Are you going to the *CBT* workshop?");
            awaitText(james, "chat-typing", text("chat.conversation.typing", mariaAccount.displayName()));
            maria.control(text("chat.conversation.send")).click();
            awaitText(james, "chat-messages", "Are you going to the CBT workshop?");
            assertThat(james.driver().findElements(By.cssSelector("#chat-messages em")))
                    .isNotEmpty();
            assertThat(maria.currentPath()).isEqualTo(conversationPath); // no reload
            awaitText(maria, "chat-seen", text("chat.conversation.seen", jamesAccount.displayName()));

            james.fill(text("chat.conversation.textLabel"), "Yes, see you there");
            james.fieldLabelled(text("chat.conversation.textLabel"))
                    .sendKeys(org.openqa.selenium.Keys.chord(
                            org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.ENTER));
            awaitText(maria, "chat-messages", "Yes, see you there");
            Accessibility.assertAccessible(maria.driver());
            Accessibility.assertAccessible(james.driver());

            // James goes elsewhere; Maria writes; James finds it on return, counted in the navigation.
            james.open("/notifications");
            maria.fill(text("chat.conversation.textLabel"), "Bring the handouts, please");
            maria.control(text("chat.conversation.send")).click();
            awaitText(maria, "chat-messages", "Bring the handouts, please");
            Awaitility.await().atMost(LIVE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                james.open("/messages");
                assertThat(
                                james
                                        .driver()
                                        .findElements(By.cssSelector(".main-nav a[href$='/messages'] .nav-badge"))
                                        .stream()
                                        .map(badge -> badge.getText())
                                        .toList())
                        .containsExactly("1");
                assertThat(james.mainText()).contains("Bring the handouts, please");
            });
            james.open(conversationPath);
            assertThat(james.mainText()).contains("Bring the handouts, please");
        }
    }

    private static void awaitText(Browser browser, String id, String expected) {
        Awaitility.await().atMost(LIVE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(
                        browser.driver().findElement(By.id(id)).getText())
                .contains(expected));
    }

    private void logIn(Browser browser, TestAccount account) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login")
                .fill(text("login.username"), account.username())
                .fill(text("login.password"), TestAccounts.PASSWORD)
                .submit(text("login.submit"));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }
}
