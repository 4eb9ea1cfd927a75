package org.socialworkr.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.socialworkr.media.TestImages;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.socialworkr.test.browser.Browser;
import org.socialworkr.test.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The profile pages as a member uses them, each checked by axe-core on the way. */
@BrowserTest
class ProfileBrowserTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    MessageSource messages;

    @Test
    void aMemberFixesAMistakeAddsAPhotoAndPreviewsTheProfileAsAVisitor(Browser browser, @TempDir Path files)
            throws Exception {
        TestAccount member = accounts.create("browserprofile");
        browser.open("/login")
                .fill(text("login.username"), member.username())
                .fill(text("login.password"), TestAccounts.PASSWORD)
                .submit(text("login.submit"));

        browser.open("/profile/edit")
                .fill(text("profileField.HEADLINE"), "x".repeat(130))
                .fill(text("profileField.AGENCY"), "Riverside Family Services")
                .check(text("practiceArea.AGING"))
                .fill(text("profile.education.school"), "Boston College")
                .fill(text("profile.education.year"), "next year")
                .submit(text("profile.edit.submit"));
        assertThat(browser.currentPath()).isEqualTo("/profile/edit");
        assertThat(browser.mainText()).contains(text("profile.edit.hasErrors"));
        assertThat(browser.fieldLabelled(text("profileField.HEADLINE")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.fieldLabelled(text("practiceArea.AGING")).isSelected())
                .isTrue();

        browser.fill(text("profileField.HEADLINE"), "Geriatric social worker")
                .fill(text("profile.education.year"), "2012")
                .submit(text("profile.edit.submit"));
        assertThat(browser.mainText()).contains(text("profile.saved"));

        Path photo = files.resolve("photo.png");
        Files.write(photo, TestImages.png(640, 480));
        browser.fieldLabelled(text("profile.photo.choose")).sendKeys(photo.toString());
        browser.submit(text("profile.photo.upload"));
        assertThat(browser.mainText()).contains(text("profile.avatarSaved"));

        browser.submit(text("profile.edit.viewProfile"));
        assertThat(browser.currentPath()).isEqualTo("/@" + member.username());
        assertThat(browser.mainText())
                .contains("Geriatric social worker", "Riverside Family Services", "Boston College");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("main img.avatar"))
                        .getDomAttribute("alt"))
                .isEqualTo(member.displayName());

        browser.submit(text("profile.preview.asVisitor"));
        assertThat(browser.mainText())
                .contains("Geriatric social worker", text("practiceArea.AGING"))
                .doesNotContain("Riverside Family Services")
                .doesNotContain("Boston College");
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }
}
