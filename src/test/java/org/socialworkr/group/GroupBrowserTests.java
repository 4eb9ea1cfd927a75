package org.socialworkr.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.socialworkr.test.browser.Browser;
import org.socialworkr.test.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The "done when": a private group is created, another member asks to join and is approved,
 * both post and see each other's posts in the group and their home feeds, and an outsider sees
 * nothing of them; axe-core checks every page on the way.
 */
@BrowserTest
class GroupBrowserTests {

    private static final String NAME = "DBT Practitioners — Pacific Northwest";

    @Autowired
    TestAccounts accounts;

    @Autowired
    MessageSource messages;

    @Test
    void aPrivateGroupFromCreationToSharedPosts(Browser browser) {
        TestAccount owner = accounts.create("dbtowner");
        TestAccount applicant = accounts.create("dbtmember");
        TestAccount outsider = accounts.create("dbtoutsider");
        String slug = "dbt-pnw-" + owner.username().replace('_', '-');

        logIn(browser, owner);
        browser.open("/groups").submit(text("group.create"));
        browser.fill(text("group.form.name"), NAME)
                .fill(text("group.form.slug"), slug)
                .fill(text("group.form.description"), "Consultation and **skills training** for DBT clinicians.")
                .fill(text("group.form.region"), "Pacific Northwest")
                .fill(text("group.form.question", 1), "Where do you practice DBT?");
        new Select(browser.fieldLabelled(text("group.form.kind"))).selectByValue("MODALITY");
        browser.driver().findElement(By.id("privacy-PRIVATE")).click();
        browser.check(text("practiceArea.MENTAL_HEALTH"));
        browser.submit(text("group.form.create"));
        assertThat(browser.heading()).isEqualTo(NAME);
        assertThat(browser.mainText()).contains(text("group.notice.created"), text("group.privacy.PRIVATE"));

        logIn(browser, applicant);
        browser.open("/groups")
                .fill(text("group.search.q"), "DBT Practitioners")
                .submit(text("group.search.submit"));
        assertThat(browser.mainText()).contains(NAME);
        // Other tests in the same database create groups of this name too: go to this test's own.
        browser.open("/groups/" + slug);
        browser.fill("Where do you practice DBT?", "Portland, in a community clinic")
                .submit(text("group.request"));
        assertThat(browser.mainText()).contains(text("group.you.requested"));

        logIn(browser, owner);
        browser.open("/groups/" + slug + "/requests");
        assertThat(browser.mainText()).contains("Portland, in a community clinic");
        browser.submit(text("group.requests.approve", applicant.displayName()));
        browser.open("/groups/" + slug)
                .fill(text("group.compose.text"), "Welcome, everyone: our consultation team meets on Thursdays.");
        settle(browser);
        browser.submit(text("group.compose.submit"));

        logIn(browser, applicant);
        browser.open("/groups/" + slug);
        assertThat(browser.mainText()).contains("our consultation team meets on Thursdays");
        browser.fill(text("group.compose.text"), "Glad to join: diary cards work well for my teens.");
        settle(browser);
        browser.submit(text("group.compose.submit"));
        assertThat(browser.mainText()).contains("diary cards work well", "our consultation team meets");
        browser.open("/");
        assertThat(browser.mainText()).contains("diary cards work well", "our consultation team meets");

        logIn(browser, owner);
        browser.open("/groups/" + slug);
        assertThat(browser.mainText()).contains("diary cards work well", "our consultation team meets");
        browser.open("/");
        assertThat(browser.mainText()).contains("diary cards work well", "our consultation team meets");

        logIn(browser, outsider);
        browser.open("/groups/" + slug);
        assertThat(browser.mainText())
                .contains(text("group.contentForMembers"))
                .doesNotContain("diary cards", "consultation team meets");
        browser.open("/");
        assertThat(browser.mainText()).doesNotContain("diary cards", "consultation team meets");
    }

    /** Lets the confidentiality guard's check of the typed text finish, so the form stays put while we submit. */
    private static void settle(Browser browser) {
        Awaitility.await()
                .pollDelay(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(3))
                .until(() -> true);
        browser.script("return document.readyState");
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
