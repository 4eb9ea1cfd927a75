package org.socialworkr.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.socialworkr.test.browser.Browser;
import org.socialworkr.test.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Connect → accept → both see each other, in a real browser with axe-core on every page. */
@BrowserTest
class ConnectionBrowserTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    MessageSource messages;

    @Test
    void twoMembersConnectAndSeeEachOtherInTheirNetworks(Browser browser) {
        TestAccount maria = accounts.create("maria");
        TestAccount james = accounts.create("james");

        logIn(browser, maria);
        browser.open("/@" + james.username()).submit(text("connection.action.connect"));
        assertThat(browser.mainText()).contains(text("connection.notice.requested"));

        logIn(browser, james);
        awaitOnPage(browser, "/notifications", maria.displayName());
        browser.open("/connections");
        assertThat(browser.mainText()).contains(maria.displayName());
        browser.open("/@" + maria.username()).submit(text("connection.action.accept"));
        assertThat(browser.mainText()).contains(text("connection.status.connected", maria.displayName()));
        browser.open("/connections");
        assertThat(browser.mainText()).contains(maria.displayName());

        logIn(browser, maria);
        awaitOnPage(browser, "/notifications", james.displayName());
        browser.open("/connections");
        assertThat(browser.mainText()).contains(james.displayName());
        browser.open("/@" + james.username());
        assertThat(browser.mainText()).contains(text("connection.status.connected", james.displayName()));
    }

    private void logIn(Browser browser, TestAccount account) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login")
                .fill(text("login.username"), account.username())
                .fill(text("login.password"), TestAccounts.PASSWORD)
                .submit(text("login.submit"));
    }

    /** Notifications arrive after the commit, from an asynchronous listener. */
    private static void awaitOnPage(Browser browser, String path, String expected) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    browser.open(path);
                    assertThat(browser.mainText()).contains(expected);
                });
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }
}
