package org.socialworkr.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.socialworkr.mail.MailOutbox;
import org.socialworkr.mail.OutboxEntry;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.browser.Browser;
import org.socialworkr.test.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** A newcomer joins and introduces themselves through the pages a person uses; axe-core checks every page on the way. */
@BrowserTest
class SignUpBrowserTests {

    private static final Pattern CONFIRMATION_LINK = Pattern.compile("https?://\\S+?(/signup/confirm\\?token=\\S+)");

    @Autowired
    MessageSource messages;

    @Autowired
    MailOutbox outbox;

    @Test
    void newcomerSignsUpConfirmsTheAddressLogsInAndFillsInTheProfile(Browser browser) {
        String username = TestAccounts.uniqueUsername("browser");
        String email = username + "@example.org";

        browser.open("/").submit(text("welcome.join"));
        assertThat(browser.currentPath()).isEqualTo("/signup");

        browser.fill(text("signup.displayName"), "Maria Lopez, LCSW")
                .fill(text("signup.username"), username)
                .fill(text("signup.email"), email)
                .fill(text("signup.password"), TestAccounts.PASSWORD)
                .submit(text("signup.submit"));
        assertThat(browser.currentPath()).isEqualTo("/signup/done");
        assertThat(browser.heading()).isEqualTo(text("signupDone.heading"));

        browser.open(confirmationPathMailedTo(email));
        browser.submit(text("confirm.submit"));
        assertThat(browser.currentPath()).isEqualTo("/login?confirmed");
        assertThat(browser.mainText()).contains(text("login.confirmed"));

        browser.fill(text("login.username"), username)
                .fill(text("login.password"), TestAccounts.PASSWORD)
                .submit(text("login.submit"));
        assertThat(browser.currentPath()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo(text("home.heading", "Maria Lopez, LCSW"));

        browser.submit(text("home.profile.link"));
        assertThat(browser.currentPath()).isEqualTo("/profile/edit");
        String headline = "School social worker in Boston public schools";
        browser.fill(text("profileField.HEADLINE"), headline)
                .check(text("practiceArea.SCHOOL_SOCIAL_WORK"))
                .fill(text("profile.region.city"), "Boston")
                .fill(text("profile.region.stateOrProvince"), "MA")
                .fill(text("profile.region.country"), "United States")
                .submit(text("profile.edit.submit"));
        assertThat(browser.currentPath()).isEqualTo("/profile/edit");
        assertThat(browser.mainText()).contains(text("profile.saved"));

        browser.submit(text("profile.edit.viewProfile"));
        assertThat(browser.currentPath()).isEqualTo("/@" + username);
        assertThat(browser.heading()).contains("Maria Lopez, LCSW");
        assertThat(browser.mainText())
                .contains(headline, text("practiceArea.SCHOOL_SOCIAL_WORK"), "Boston, MA, United States");
    }

    @Test
    void aMistakeInTheFormIsExplainedNextToTheField(Browser browser) {
        browser.open("/signup")
                .fill(text("signup.displayName"), "Sam Lee")
                .fill(text("signup.username"), "no spaces allowed")
                .fill(text("signup.email"), "not-an-address")
                .fill(text("signup.password"), "short")
                .submit(text("signup.submit"));

        assertThat(browser.currentPath()).isEqualTo("/signup");
        assertThat(browser.fieldLabelled(text("signup.username")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.fieldLabelled(text("signup.email")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.fieldLabelled(text("signup.password")).getDomProperty("value"))
                .isEmpty();
    }

    private String confirmationPathMailedTo(String email) {
        OutboxEntry mail = await().atMost(Duration.ofSeconds(10))
                .until(() -> newestMailTo(email), Optional::isPresent)
                .orElseThrow();
        Matcher link = CONFIRMATION_LINK.matcher(mail.body());
        assertThat(link.find()).as("a confirmation link in %s", mail.body()).isTrue();
        return link.group(1);
    }

    private Optional<OutboxEntry> newestMailTo(String email) {
        return outbox.newest(MailOutbox.MAX_PAGE_SIZE, null).stream()
                .filter(entry -> entry.recipient().equals(email))
                .findFirst();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }
}
