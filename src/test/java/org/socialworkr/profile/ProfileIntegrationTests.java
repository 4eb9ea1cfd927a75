package org.socialworkr.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialworkr.media.TestImages;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Profiles through the web: who sees which field, what the edit form refuses, and avatars end to end. */
@IntegrationTest
class ProfileIntegrationTests {

    private static final Pattern AVATAR = Pattern.compile("src=\"(/media/[0-9a-f]{32}\\.jpg)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    TestAccount owner;
    MockHttpSession ownerSession;

    @BeforeEach
    void ownerLogsIn() throws Exception {
        owner = accounts.create("owner");
        ownerSession = accounts.login(mvc, owner);
    }

    @Test
    void theOwnerEditsTheProfileAndSeesEveryField() throws Exception {
        mvc.perform(edit(completeForm()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/profile/edit"))
                .andExpect(flash().attribute("notice", "profile.saved"));

        String page = page("/@" + owner.username(), ownerSession);
        assertThat(page)
                .contains("Dana Reyes", "she/her", "School social worker in Springfield")
                .contains("LCSW", "MSW")
                .contains("Springfield Public Schools", "Lead school social worker")
                .contains("Springfield, IL, United States")
                .contains("Child welfare", "Mental health", "Motivational interviewing", "Adolescents")
                .contains("University of Illinois Chicago", "2015")
                .contains("<strong>bold</strong>")
                .contains("href=\"https://example.org/dana\"", "Practice website")
                .contains("IL, WI", "LCSW-123-456")
                .contains("Seen by: Only me");
        assertThat(jdbc.sql("select display_name from accounts where id = :id")
                        .param("id", owner.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Dana Reyes");

        String form = page("/profile/edit", ownerSession);
        assertThat(form).contains("value=\"School social worker in Springfield\"", "value=\"IL, WI\"");
    }

    @Test
    void aVisitorSeesOnlyPublicFields() throws Exception {
        mvc.perform(edit(completeForm())).andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/@" + owner.username()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Dana Reyes", "School social worker in Springfield", "Child welfare", "Practice website")
                .doesNotContain("Springfield Public Schools")
                .doesNotContain("Lead school social worker")
                .doesNotContain("Springfield, IL")
                .doesNotContain("Adolescents")
                .doesNotContain("University of Illinois Chicago")
                .doesNotContain("LCSW-123-456")
                .doesNotContain("IL, WI")
                .doesNotContain("Seen by")
                .doesNotContain("Add your");
    }

    @Test
    void aMemberSeesMembersFieldsButNotConnectionsOrOnlyMeFields() throws Exception {
        MultiValueMap<String, String> form = completeForm();
        form.set("visibility[REGION]", "CONNECTIONS");
        form.set("visibility[EDUCATION]", "ONLY_ME");
        mvc.perform(edit(form)).andExpect(status().is3xxRedirection());
        MockHttpSession member = accounts.login(mvc, accounts.create("colleague"));

        String page = page("/@" + owner.username(), member);

        assertThat(page)
                .contains("School social worker in Springfield", "Springfield Public Schools", "Adolescents")
                .doesNotContain("Springfield, IL")
                .doesNotContain("University of Illinois Chicago")
                .doesNotContain("LCSW-123-456")
                .doesNotContain("IL, WI");
    }

    @Test
    void theLicenseIsPrivateByDefaultAndNeverShownToOthers() throws Exception {
        MultiValueMap<String, String> form = completeForm();
        form.keySet().removeIf(name -> name.startsWith("visibility["));
        mvc.perform(edit(form)).andExpect(status().is3xxRedirection());
        MockHttpSession member = accounts.login(mvc, accounts.create("curious"));

        assertThat(page("/@" + owner.username(), member))
                .doesNotContain("LCSW-123-456")
                .doesNotContain("IL, WI");
        assertThat(page("/@" + owner.username(), null)).doesNotContain("LCSW-123-456");
        assertThat(page("/@" + owner.username(), ownerSession)).contains("LCSW-123-456");
        assertThat(jdbc.sql(
                                "select visibility from profile_field_visibility where account_id = :id and field = 'LICENSE_NUMBER'")
                        .param("id", owner.id())
                        .query(String.class)
                        .single())
                .isEqualTo("ONLY_ME");
    }

    @Test
    void theOwnerCanPreviewTheProfileAsAVisitorButOthersCannotSeeMoreByAsking() throws Exception {
        mvc.perform(edit(completeForm())).andExpect(status().is3xxRedirection());

        assertThat(page("/@" + owner.username() + "?as=VISITOR", ownerSession))
                .contains("School social worker in Springfield", "as a visitor who is not logged in would see it")
                .doesNotContain("Springfield Public Schools")
                .doesNotContain("LCSW-123-456");
        MockHttpSession member = accounts.login(mvc, accounts.create("sneaky"));
        assertThat(page("/@" + owner.username() + "?as=OWNER", member)).doesNotContain("LCSW-123-456");
        assertThat(page("/@" + owner.username() + "?as=OWNER", null)).doesNotContain("Springfield Public Schools");
    }

    @Test
    void theOwnerIsPromptedToFillEmptyFieldsAndOthersSeeNothingForThem() throws Exception {
        assertThat(page("/@" + owner.username(), ownerSession))
                .contains("Add your practice areas", "Add a photo", "Add your education");

        MockHttpSession member = accounts.login(mvc, accounts.create("other"));
        assertThat(page("/@" + owner.username(), member))
                .doesNotContain("Add your practice areas")
                .contains("has not shared more on their profile yet");
    }

    @Test
    void invalidInputIsShownWithItsErrorsAndNothingIsSaved() throws Exception {
        MultiValueMap<String, String> tooLong = completeForm();
        tooLong.set("headline", "x".repeat(121));
        assertRefused(tooLong, "Use at most 120 characters.");

        MultiValueMap<String, String> badLink = completeForm();
        badLink.set("links[0].url", "javascript:alert(1)");
        assertRefused(badLink, "Enter an address that starts with http:// or https://");

        MultiValueMap<String, String> unknownArea = completeForm();
        unknownArea.add("practiceAreas", "ASTROLOGY");
        assertRefused(unknownArea, "Choose practice areas from the list.");

        MultiValueMap<String, String> badYear = completeForm();
        badYear.set("education[0].year", "last year");
        assertRefused(badYear, "Enter a year between 1900 and 2100");

        MultiValueMap<String, String> severalMistakes = completeForm();
        severalMistakes.add("practiceAreas", "ASTROLOGY");
        severalMistakes.set("headline", "x".repeat(121));
        assertRefused(severalMistakes, "Choose practice areas from the list.");
        assertRefused(severalMistakes, "Use at most 120 characters.");

        MultiValueMap<String, String> tooManyStates = completeForm();
        tooManyStates.set("licenseStates", "A,B,C,D,E,F,G,H,I,J,K");
        assertRefused(tooManyStates, "List up to 10 states or provinces");

        MultiValueMap<String, String> blankName = completeForm();
        blankName.set("displayName", " ");
        assertRefused(blankName, "Please enter your name.");

        assertThat(jdbc.sql("select count(*) from profiles where account_id = :id")
                        .param("id", owner.id())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select display_name from accounts where id = :id")
                        .param("id", owner.id())
                        .query(String.class)
                        .single())
                .isEqualTo(owner.displayName());
    }

    @Test
    void anUnknownVisibilityIsRefusedWithoutAnError() throws Exception {
        MultiValueMap<String, String> form = completeForm();
        form.set("visibility[HEADLINE]", "EVERYONE_EVER");

        mvc.perform(edit(form)).andExpect(status().isOk()).andExpect(view().name("profile/edit"));
    }

    @Test
    void markupInTheBioIsEscapedNotRun() throws Exception {
        MultiValueMap<String, String> form = completeForm();
        form.set("bio", "<script>alert('x')</script> [link](javascript:alert(1))");
        mvc.perform(edit(form)).andExpect(status().is3xxRedirection());

        assertThat(page("/@" + owner.username(), null))
                .contains("&lt;script&gt;")
                .doesNotContain("<script>alert")
                .doesNotContain("href=\"javascript:");
    }

    @Test
    void editingRequiresLogin() throws Exception {
        mvc.perform(get("/profile/edit")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/profile/edit").with(csrf()).params(completeForm()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(multipart("/profile/avatar")
                        .file(image(TestImages.png(50, 50), "image/png"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void anUploadThatIsNotAnImageIsRefusedWithAMessage() throws Exception {
        mvc.perform(avatar(image("just some text, not a picture".getBytes(), "image/png")))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("profile/edit"))
                .andExpect(content().string(containsString("not an image we can read")));

        mvc.perform(avatar(image(TestImages.png(20, 20), "text/html")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("not accepted")));

        mvc.perform(avatar(image(new byte[6 * 1024 * 1024], "image/jpeg")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at most 5 MB")));

        mvc.perform(multipart("/profile/avatar").session(ownerSession).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose an image file")));

        assertThat(jdbc.sql("select count(*) from media_images where owner_account_id = :id")
                        .param("id", owner.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anUploadedPngIsServedAsASquareJpegWithLongCaching() throws Exception {
        mvc.perform(avatar(image(TestImages.png(900, 600), "image/png")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "profile.avatarSaved"));

        String url = avatarUrlOn(page("/@" + owner.username(), null));
        var response = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", containsString("immutable")))
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
                .andReturn()
                .getResponse();
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
        assertThat(served.getWidth()).isEqualTo(400);
        assertThat(served.getHeight()).isEqualTo(400);
        assertThat(page("/@" + owner.username(), null)).contains("alt=\"" + owner.displayName() + "\"");
    }

    @Test
    void anUploadedPhotoLosesItsLocationAndCameraData() throws Exception {
        mvc.perform(avatar(image(TestImages.jpegWithExifGps(800, 600, 1), "image/jpeg")))
                .andExpect(status().is3xxRedirection());

        String url = avatarUrlOn(page("/@" + owner.username(), ownerSession));
        byte[] served = mvc.perform(get(url)).andReturn().getResponse().getContentAsByteArray();

        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(served));
        assertThat(metadata.getDirectoriesOfType(GpsDirectory.class)).isEmpty();
        assertThat(metadata.getDirectoriesOfType(ExifIFD0Directory.class)).isEmpty();
    }

    @Test
    void aReplacedAvatarIsGoneAndAHiddenAvatarIsNotShown() throws Exception {
        mvc.perform(avatar(image(TestImages.png(100, 100), "image/png"))).andExpect(status().is3xxRedirection());
        String first = avatarUrlOn(page("/@" + owner.username(), ownerSession));
        mvc.perform(avatar(image(TestImages.jpeg(100, 100), "image/jpeg"))).andExpect(status().is3xxRedirection());
        String second = avatarUrlOn(page("/@" + owner.username(), ownerSession));

        assertThat(second).isNotEqualTo(first);
        mvc.perform(get(first)).andExpect(status().isNotFound());
        mvc.perform(get(second)).andExpect(status().isOk());

        MultiValueMap<String, String> form = completeForm();
        form.set("visibility[AVATAR]", "MEMBERS");
        mvc.perform(edit(form)).andExpect(status().is3xxRedirection());
        assertThat(page("/@" + owner.username(), null)).doesNotContain(second);

        mvc.perform(post("/profile/avatar/remove").session(ownerSession).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(second)).andExpect(status().isNotFound());
    }

    @Test
    void unknownPendingAndSuspendedMembersHaveNoProfilePage() throws Exception {
        mvc.perform(get("/@nobody_here_at_all")).andExpect(status().isNotFound());
        mvc.perform(get("/media/0123456789abcdef0123456789abcdef.jpg")).andExpect(status().isNotFound());
        mvc.perform(get("/media/..%2F..%2Fetc%2Fpasswd")).andExpect(status().is4xxClientError());

        TestAccount suspended = accounts.create("suspended");
        jdbc.sql("update accounts set status = 'SUSPENDED' where id = :id")
                .param("id", suspended.id())
                .update();
        mvc.perform(get("/@" + suspended.username()).session(ownerSession)).andExpect(status().isNotFound());

        TestAccount pending = accounts.create("pending");
        jdbc.sql("update accounts set status = 'PENDING' where id = :id")
                .param("id", pending.id())
                .update();
        mvc.perform(get("/@" + pending.username())).andExpect(status().isNotFound());
    }

    private void assertRefused(MultiValueMap<String, String> form, String message) throws Exception {
        String page = mvc.perform(edit(form))
                .andExpect(status().isOk())
                .andExpect(view().name("profile/edit"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(message).contains("Some fields need your attention");
    }

    private String page(String path, MockHttpSession session) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder edit(MultiValueMap<String, String> form) {
        return post("/profile/edit").session(ownerSession).with(csrf()).params(form);
    }

    private RequestBuilder avatar(MockMultipartFile file) {
        return multipart("/profile/avatar").file(file).session(ownerSession).with(csrf());
    }

    private static MockMultipartFile image(byte[] bytes, String contentType) {
        return new MockMultipartFile("image", "photo", contentType, bytes);
    }

    private static String avatarUrlOn(String page) {
        Matcher matcher = AVATAR.matcher(page);
        assertThat(matcher.find()).as("an avatar on the page").isTrue();
        return matcher.group(1);
    }

    private static MultiValueMap<String, String> completeForm() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("displayName", "Dana Reyes");
        form.add("pronouns", "she/her");
        form.add("headline", "School social worker in Springfield");
        form.add("credentials", "LCSW");
        form.add("credentials", "MSW");
        form.add("licenseStates", "IL, WI");
        form.add("licenseNumber", "LCSW-123-456");
        form.add("agency", "Springfield Public Schools");
        form.add("role", "Lead school social worker");
        form.add("practiceAreas", "CHILD_WELFARE");
        form.add("practiceAreas", "MENTAL_HEALTH");
        form.add("modalities", "MOTIVATIONAL_INTERVIEWING");
        form.add("populations", "ADOLESCENTS");
        form.add("city", "Springfield");
        form.add("stateOrProvince", "IL");
        form.add("country", "United States");
        form.add("education[0].school", "University of Illinois Chicago");
        form.add("education[0].degree", "MSW");
        form.add("education[0].year", "2015");
        form.add("education[1].school", "");
        form.add("education[1].degree", "");
        form.add("education[1].year", "");
        form.add("bio", "I work with **bold** teenagers and their families.");
        form.add("links[0].label", "Practice website");
        form.add("links[0].url", "https://example.org/dana");
        form.add("links[1].label", "");
        form.add("links[1].url", "");
        for (ProfileField field : ProfileField.values()) {
            form.add("visibility[" + field + "]", field.defaultVisibility().name());
        }
        return form;
    }
}
