package org.socialworkr.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.socialworkr.connection.Connections;
import org.socialworkr.post.PostDraft;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.Posts;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.socialworkr.test.browser.Accessibility;
import org.socialworkr.test.browser.Browser;
import org.socialworkr.test.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The home feed as a member reads it: posts of the people followed, older ones loaded in place. */
@BrowserTest
class FeedBrowserTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Connections connections;

    @Autowired
    Posts posts;

    @Autowired
    MessageSource messages;

    @Test
    void aMemberReadsTheFeedAndLoadsOlderPostsInPlace(Browser browser) {
        TestAccount reader = accounts.create("reader");
        TestAccount author = accounts.create("writer");
        connections.follow(reader.id(), author.id());
        for (int i = 0; i < 21; i++) {
            posts.publish(
                    author.id(),
                    new PostDraft(
                            "Supervision note " + i + " #reflectivepractice",
                            null,
                            PostVisibility.PUBLIC,
                            null,
                            List.of(),
                            List.of(),
                            false));
        }

        browser.open("/login")
                .fill(text("login.username"), reader.username())
                .fill(text("login.password"), TestAccounts.PASSWORD)
                .submit(text("login.submit"));

        assertThat(browser.currentPath()).isEqualTo("/");
        assertThat(browser.mainText())
                .contains(text("feed.heading"), "Supervision note 20", "Supervision note 1", "#reflectivepractice")
                .doesNotContain("Supervision note 0\n");
        browser.control(text("feed.older")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver ->
                        driver.findElements(By.cssSelector(".feed .post-card")).size() == 21);

        assertThat(browser.currentPath()).isEqualTo("/");
        assertThat(browser.mainText()).contains("Supervision note 0", text("feed.end"));
        Accessibility.assertAccessible(browser.driver());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }
}
