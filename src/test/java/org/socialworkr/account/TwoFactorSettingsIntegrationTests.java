package org.socialworkr.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Two-factor login set up from the settings, then used at login. The tests play the member's
 * authenticator app: they compute codes from the secret the page shows, at the current 30-second
 * step and the next one, which the server accepts whichever side of a step boundary it runs on.
 */
@IntegrationTest
class TwoFactorSettingsIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    record Enabled(String secret, long step, List<String> recoveryCodes) {}

    @Test
    void theSetupPageShowsAQrCodeAndTheKeyButStoresNothingYet() throws Exception {
        TestAccount member = accounts.create("tfsetup");
        MockHttpSession session = accounts.login(mvc, member);

        String page =
                body(mvc.perform(get("/settings/two-factor").session(session)).andReturn());
        assertThat(page).contains("<img src=\"data:image/png;base64,").contains("alt=\"QR code");
        String secret = secretOn(page);
        assertThat(secretOn(body(mvc.perform(get("/settings/two-factor").session(session))
                        .andReturn())))
                .as("a reload keeps the secret the app may have scanned")
                .isEqualTo(secret);
        assertThat(storedSecret(member)).isNull();

        mvc.perform(enable(session, wrongCode(secret)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That code is not right.")));
        assertThat(storedSecret(member)).isNull();
    }

    @Test
    void afterSetupALoginNeedsACodeAndEachCodeWorksOnce() throws Exception {
        TestAccount member = accounts.create("tflogin");
        Enabled enabled = enableTwoFactor(member);
        assertThat(storedSecret(member)).isEqualTo(enabled.secret());
        assertThat(enabled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();

        MockHttpSession first = passwordStep(member);
        mvc.perform(twoFactorStep(first, wrongCode(enabled.secret())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not right or was already used")));
        String nextCode = codeAt(enabled.secret(), enabled.step() + 1);
        mvc.perform(twoFactorStep(first, nextCode)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/settings").session(first)).andExpect(status().isOk());

        MockHttpSession second = passwordStep(member);
        mvc.perform(twoFactorStep(second, nextCode))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not right or was already used")));
        String recoveryCode = enabled.recoveryCodes().get(0);
        mvc.perform(twoFactorStep(second, recoveryCode.toUpperCase())).andExpect(redirectedUrl("/"));

        MockHttpSession third = passwordStep(member);
        mvc.perform(twoFactorStep(third, recoveryCode)).andExpect(status().isOk());
        mvc.perform(get("/settings/two-factor").session(first))
                .andExpect(content().string(containsString("You have 9 unused recovery codes")));
    }

    @Test
    void theRecoveryCodesAreShownOnlyOnce() throws Exception {
        TestAccount member = accounts.create("tfonce");
        MockHttpSession session = accounts.login(mvc, member);
        String secret = secretOn(
                body(mvc.perform(get("/settings/two-factor").session(session)).andReturn()));
        mvc.perform(enable(session, codeAt(secret, currentStep())))
                .andExpect(redirectedUrl("/settings/two-factor/recovery-codes"));

        assertThat(recoveryCodesOn(body(
                        mvc.perform(get("/settings/two-factor/recovery-codes").session(session))
                                .andReturn())))
                .hasSize(10);
        mvc.perform(get("/settings/two-factor/recovery-codes").session(session))
                .andExpect(redirectedUrl("/settings/two-factor"));
    }

    @Test
    void newRecoveryCodesReplaceTheOldOnes() throws Exception {
        TestAccount member = accounts.create("tfregen");
        Enabled enabled = enableTwoFactor(member);
        MockHttpSession session = loginWithCode(member, codeAt(enabled.secret(), enabled.step() + 1));

        mvc.perform(post("/settings/two-factor/recovery-codes")
                        .session(session)
                        .param("currentPassword", "not my password")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That is not your current password.")));
        mvc.perform(post("/settings/two-factor/recovery-codes")
                        .session(session)
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/settings/two-factor/recovery-codes"));
        List<String> fresh = recoveryCodesOn(
                body(mvc.perform(get("/settings/two-factor/recovery-codes").session(session))
                        .andReturn()));
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(enabled.recoveryCodes());

        mvc.perform(twoFactorStep(passwordStep(member), enabled.recoveryCodes().get(0)))
                .andExpect(status().isOk());
        mvc.perform(twoFactorStep(passwordStep(member), fresh.get(0))).andExpect(redirectedUrl("/"));
    }

    @Test
    void turningItOffNeedsThePasswordAndLoginsNeedNoCodeAfterwards() throws Exception {
        TestAccount member = accounts.create("tfoff", AccountRole.MODERATOR);
        Enabled enabled = enableTwoFactor(member);
        MockHttpSession session = loginWithCode(member, codeAt(enabled.secret(), enabled.step() + 1));

        mvc.perform(post("/settings/two-factor/disable")
                        .session(session)
                        .param("currentPassword", "not my password")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That is not your current password.")));
        assertThat(storedSecret(member)).isNotNull();

        mvc.perform(post("/settings/two-factor/disable")
                        .session(session)
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/settings/two-factor"));

        assertThat(storedSecret(member)).isNull();
        assertThat(jdbc.sql("select count(*) from recovery_codes where account_id = :id")
                        .param("id", member.id())
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get("/settings").session(session))
                .andExpect(content().string(containsString("Two-factor login is off.")))
                .andExpect(content().string(containsString("powers are paused")));
        mvc.perform(LoginIntegrationTests.login(member.username(), TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    /** Sets up two-factor login through the settings pages, as the member would. */
    private Enabled enableTwoFactor(TestAccount member) throws Exception {
        MockHttpSession session = accounts.login(mvc, member);
        String secret = secretOn(
                body(mvc.perform(get("/settings/two-factor").session(session)).andReturn()));
        long step = currentStep();
        mvc.perform(enable(session, codeAt(secret, step)))
                .andExpect(redirectedUrl("/settings/two-factor/recovery-codes"));
        List<String> codes = recoveryCodesOn(
                body(mvc.perform(get("/settings/two-factor/recovery-codes").session(session))
                        .andReturn()));
        return new Enabled(secret, step, codes);
    }

    private MockHttpSession loginWithCode(TestAccount member, String code) throws Exception {
        MockHttpSession session = passwordStep(member);
        mvc.perform(twoFactorStep(session, code)).andExpect(redirectedUrl("/"));
        return session;
    }

    private MockHttpSession passwordStep(TestAccount member) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(LoginIntegrationTests.login(member.username(), TestAccounts.PASSWORD)
                        .session(session))
                .andExpect(redirectedUrl("/login/two-factor"));
        return session;
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder twoFactorStep(
            MockHttpSession session, String code) {
        return post("/login/two-factor").session(session).param("code", code).with(csrf());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder enable(
            MockHttpSession session, String code) {
        return post("/settings/two-factor/enable")
                .session(session)
                .param("code", code)
                .with(csrf());
    }

    private String storedSecret(TestAccount member) {
        return jdbc.sql("select totp_secret from accounts where id = :id")
                .param("id", member.id())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static long currentStep() {
        return Instant.now().getEpochSecond() / 30;
    }

    static String codeAt(String secret, long step) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
    }

    /** Six digits that are not the code of any step the server could accept now. */
    private static String wrongCode(String secret) throws Exception {
        long now = currentStep();
        Set<String> valid = LongStream.rangeClosed(now - 2, now + 2)
                .mapToObj(step -> {
                    try {
                        return codeAt(secret, step);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.toSet());
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!valid.contains(code)) {
                return code;
            }
        }
    }

    private static String secretOn(String page) {
        Matcher matcher = SECRET.matcher(page);
        assertThat(matcher.find()).as("the key is written out on the page").isTrue();
        return matcher.group(1).replace(" ", "");
    }

    private static List<String> recoveryCodesOn(String page) {
        return RECOVERY_CODE
                .matcher(page)
                .results()
                .map(result -> result.group(1))
                .toList();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
