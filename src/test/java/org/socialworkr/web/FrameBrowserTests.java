package org.socialworkr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.socialworkr.test.browser.Browser;
import org.socialworkr.test.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** What every page shares, in a real browser: keyboard access and accessible public pages. */
@BrowserTest
class FrameBrowserTests {

    @Autowired
    MessageSource messages;

    @Test
    void theSkipLinkIsTheFirstStopOfTheKeyboardAndMovesFocusToTheMainContent(Browser browser) {
        browser.open("/");

        browser.press(Keys.TAB);
        WebElement first = browser.activeElement();
        assertThat(first.getTagName()).isEqualTo("a");
        assertThat(first.getText()).isEqualTo(messages.getMessage("layout.skipToContent", null, Locale.ENGLISH));
        assertThat(first.getDomAttribute("href")).isEqualTo("#main");
        assertThat(first.isDisplayed()).isTrue();
        assertThat(first.getRect().getY())
                .as("the focused skip link is on screen")
                .isGreaterThanOrEqualTo(0);

        browser.press(Keys.ENTER);
        assertThat(browser.activeElement().getDomAttribute("id")).isEqualTo("main");
        assertThat(browser.activeElement().getTagName()).isEqualTo("main");
    }

    @Test
    void publicPagesAreAccessible(Browser browser) {
        for (String path : new String[] {"/", "/login", "/signup", "/password/forgot"}) {
            browser.open(path);
            assertThat(browser.driver().findElements(By.tagName("h1"))).hasSize(1);
        }
    }
}
