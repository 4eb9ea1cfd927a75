package org.socialworkr.post;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A post keeps the language its author's client declared, as a two-letter ISO 639-1 code, and shows it to clients. */
@IntegrationTest
class PostLanguageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Posts posts;

    @Test
    void theDeclaredLanguageIsStoredInLowerCaseAndShownInTheStatus() throws Exception {
        TestAccount author = accounts.create("langauthor");
        long german = posts.publish(author.id(), draft("Guten Morgen", " DE "));
        long undeclared = posts.publish(author.id(), draft("No language given", null));
        var session = accounts.login(mvc, author);

        mvc.perform(get("/api/v1/statuses/" + german).session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("de"));
        mvc.perform(get("/api/v1/statuses/" + undeclared).session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").doesNotExist());
    }

    @Test
    void anythingButAKnownTwoLetterCodeIsRefused() {
        TestAccount author = accounts.create("langbad");
        for (String wrong : new String[] {"english", "xx", "en-GB", "e"}) {
            assertThatThrownBy(() -> posts.publish(author.id(), draft("Hello", wrong)))
                    .isInstanceOf(InvalidRequestException.class)
                    .extracting("messageKey")
                    .isEqualTo("error.post.language");
        }
    }

    private static PostDraft draft(String text, String language) {
        return new PostDraft(text, null, PostVisibility.PUBLIC, null, null, null, false, null, language);
    }
}
