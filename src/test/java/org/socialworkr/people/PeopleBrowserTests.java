package org.socialworkr.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.socialworkr.profile.PracticeArea;
import org.socialworkr.profile.Profiles;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.socialworkr.test.browser.Browser;
import org.socialworkr.test.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The directory page as a member uses it, with the keyboard-free basics and axe-core on every page. */
@BrowserTest
class PeopleBrowserTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Profiles profiles;

    @Autowired
    MessageSource messages;

    @Test
    void aMemberFindsAColleagueByPracticeAreaAndCityAndOpensTheirProfile(Browser browser) {
        String token = TestAccounts.uniqueUsername("brw").replace("_", "x");
        String city = "Tacoma " + token;
        TestAccount member = accounts.create("seeker");
        profiles.update(
                member.id(),
                TestProfile.named("Seeker " + token)
                        .practiceArea(PracticeArea.AGING)
                        .region(city, "WA", null)
                        .form());
        TestAccount colleague = accounts.create("colleague");
        profiles.update(
                colleague.id(),
                TestProfile.named("Colleague " + token)
                        .headline("Geriatric care manager")
                        .practiceArea(PracticeArea.AGING)
                        .region(city, "WA", null)
                        .form());
        browser.open("/login")
                .fill(text("login.username"), member.username())
                .fill(text("login.password"), TestAccounts.PASSWORD)
                .submit(text("login.submit"));

        browser.open("/people");
        assertThat(browser.mainText()).contains(text("people.suggestions.heading"), "Colleague " + token);
        new Select(browser.fieldLabelled(text("profileField.PRACTICE_AREAS")))
                .selectByVisibleText(text("practiceArea.AGING"));
        browser.fill(text("profile.region.city"), city).submit(text("people.search.submit"));

        assertThat(browser.currentPath()).startsWith("/people?");
        assertThat(browser.mainText())
                .contains(text("people.results.heading"), "Colleague " + token, "Geriatric care manager");
        browser.submit("Colleague " + token);
        assertThat(browser.currentPath()).isEqualTo("/@" + colleague.username());

        browser.open("/people?practice_area=ASTROLOGY");
        assertThat(browser.mainText()).contains(text("people.validation.choose"));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }
}
