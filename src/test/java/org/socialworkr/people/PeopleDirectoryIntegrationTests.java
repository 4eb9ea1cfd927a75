package org.socialworkr.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialworkr.connection.Connections;
import org.socialworkr.profile.Credential;
import org.socialworkr.profile.FieldVisibility;
import org.socialworkr.profile.Modality;
import org.socialworkr.profile.Population;
import org.socialworkr.profile.PracticeArea;
import org.socialworkr.profile.ProfileField;
import org.socialworkr.profile.Profiles;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The directory as members use it: what each filter finds, that hidden fields neither show nor
 * match, that blocks hide members both ways, paging, and what bad input gets.
 */
@IntegrationTest
class PeopleDirectoryIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Profiles profiles;

    @Autowired
    Connections connections;

    @Autowired
    JdbcClient jdbc;

    /** Unique in the shared test database, so each test finds only its own members. */
    String token;

    TestAccount viewer;
    MockHttpSession viewerSession;

    @BeforeEach
    void aMemberLogsIn() throws Exception {
        token = TestAccounts.uniqueUsername("dir").replace("_", "x");
        viewer = accounts.create("viewer");
        viewerSession = accounts.login(mvc, viewer);
    }

    @Test
    void findsMembersByPartOfTheirNameOrUsernameInAnyCase() throws Exception {
        TestAccount quinn = member("quinn", TestProfile.named("Quinn Marlowe " + token));
        TestAccount other = member("other", TestProfile.named("Someone Else"));

        assertThat(found("q", token.toUpperCase())).containsExactly(quinn.username());
        assertThat(found("q", "marlowe " + token)).containsExactly(quinn.username());
        assertThat(found("q", quinn.username().toUpperCase())).containsExactly(quinn.username());
        assertThat(found("q", token)).doesNotContain(other.username());

        String page = page(viewerSession, "q", token);
        assertThat(page)
                .contains("Quinn Marlowe " + token)
                .contains("href=\"/@" + quinn.username() + "\"")
                .contains("role=\"search\"");
    }

    @Test
    void aNameSearchDoesNotTreatPercentOrUnderscoreAsWildcards() throws Exception {
        member("wild", TestProfile.named("Wild " + token));

        assertThat(found("q", "%" + token)).isEmpty();
        assertThat(found("q", token + "%")).isEmpty();
        assertThat(found("q", "Wild_" + token)).isEmpty();
    }

    @Test
    void eachFilterFindsTheMembersWhoShowThatValue() throws Exception {
        TestAccount complete = member(
                "complete",
                TestProfile.named("Complete " + token)
                        .practiceArea(PracticeArea.CHILD_WELFARE)
                        .modality(Modality.DBT)
                        .population(Population.ADOLESCENTS)
                        .credential(Credential.LICSW)
                        .region("Lowell " + token, "MA", "United States")
                        .agency("Merrimack Family Services " + token)
                        .school("Boston College " + token)
                        .licensedIn("MA, NH")
                        .visible(ProfileField.LICENSE_STATES, FieldVisibility.MEMBERS));

        List<String[]> matching = List.of(
                new String[] {"practice_area", "CHILD_WELFARE"},
                new String[] {"modality", "DBT"},
                new String[] {"population", "ADOLESCENTS"},
                new String[] {"credential", "LICSW"},
                new String[] {"city", "lowell " + token},
                new String[] {"state", "ma"},
                new String[] {"country", "united states"},
                new String[] {"agency", "merrimack family"},
                new String[] {"school", "boston college"},
                new String[] {"license_state", "nh"});
        List<String[]> notMatching = List.of(
                new String[] {"practice_area", "AGING"},
                new String[] {"modality", "EMDR"},
                new String[] {"population", "VETERANS"},
                new String[] {"credential", "LMFT"},
                new String[] {"city", "Lowel"},
                new String[] {"state", "NY"},
                new String[] {"country", "Canada"},
                new String[] {"agency", "Springfield"},
                new String[] {"school", "Simmons"},
                new String[] {"license_state", "VT"});
        for (String[] filter : matching) {
            assertThat(found("q", token, filter[0], filter[1])).as(filter[0]).containsExactly(complete.username());
        }
        for (String[] filter : notMatching) {
            assertThat(found("q", token, filter[0], filter[1])).as(filter[0]).isEmpty();
        }
    }

    @Test
    void filtersCombine() throws Exception {
        String city = "Worcester " + token;
        TestAccount both = member(
                "both",
                TestProfile.named("Both " + token)
                        .practiceArea(PracticeArea.AGING)
                        .region(city, "MA", null));
        TestAccount placeOnly = member(
                "place",
                TestProfile.named("Place " + token)
                        .practiceArea(PracticeArea.MENTAL_HEALTH)
                        .region(city, "MA", null));
        TestAccount areaOnly = member(
                "area",
                TestProfile.named("Area " + token)
                        .practiceArea(PracticeArea.AGING)
                        .region("Salem", "MA", null));

        assertThat(found("city", city)).containsExactlyInAnyOrder(both.username(), placeOnly.username());
        assertThat(found("q", token, "practice_area", "AGING"))
                .containsExactlyInAnyOrder(both.username(), areaOnly.username());
        assertThat(found("city", city, "practice_area", "AGING")).containsExactly(both.username());
        assertThat(found("city", city, "practice_area", "AGING", "q", "nobody")).isEmpty();
    }

    @Test
    void practiceAreasShownOnlyToTheOwnerDoNotMatchForOthersButTheNameStillDoes() throws Exception {
        TestAccount discreet = member(
                "discreet",
                TestProfile.named("Discreet " + token)
                        .practiceArea(PracticeArea.DOMESTIC_VIOLENCE)
                        .visible(ProfileField.PRACTICE_AREAS, FieldVisibility.ONLY_ME));

        assertThat(found("q", token, "practice_area", "DOMESTIC_VIOLENCE")).isEmpty();
        assertThat(found("q", token)).containsExactly(discreet.username());
        mvc.perform(api(viewerSession, "q", token)).andExpect(jsonPath("$.people[0].practice_areas", Matchers.empty()));

        MockHttpSession own = accounts.login(mvc, discreet);
        assertThat(found(own, "q", token, "practice_area", "DOMESTIC_VIOLENCE")).containsExactly(discreet.username());
    }

    @Test
    void aHiddenLicenseStateDoesNotMatchAFilterForOthers() throws Exception {
        // License states are seen only by their owner unless the owner chooses otherwise.
        TestAccount licensed =
                member("licensed", TestProfile.named("Licensed " + token).licensedIn("Oregon " + token));

        assertThat(found("license_state", "Oregon " + token)).isEmpty();
        assertThat(found(accounts.login(mvc, licensed), "license_state", "Oregon " + token))
                .containsExactly(licensed.username());
    }

    @Test
    void fieldsShownToConnectionsMatchOnlyForConnections() throws Exception {
        String city = "Brattleboro " + token;
        TestAccount reserved = member(
                "reserved",
                TestProfile.named("Reserved " + token)
                        .region(city, "VT", null)
                        .agency("Windham Services " + token)
                        .visible(ProfileField.REGION, FieldVisibility.CONNECTIONS)
                        .visible(ProfileField.AGENCY, FieldVisibility.CONNECTIONS));
        TestAccount friend = accounts.create("friend");
        connect(friend, reserved);
        MockHttpSession friendSession = accounts.login(mvc, friend);

        assertThat(found("city", city)).isEmpty();
        assertThat(found(friendSession, "city", city)).containsExactly(reserved.username());
        assertThat(page(viewerSession, "q", token))
                .contains("Reserved " + token)
                .doesNotContain("Windham Services");
        assertThat(page(friendSession, "q", token)).contains("Windham Services " + token);
    }

    @Test
    void resultsNeverShowHiddenFields() throws Exception {
        member(
                "private",
                TestProfile.named("Private " + token)
                        .headline("Hospice social worker " + token)
                        .agency("Hidden Hospice " + token)
                        .role("Bereavement coordinator " + token)
                        .region("Hiddenville " + token, null, null)
                        .visible(ProfileField.AGENCY, FieldVisibility.ONLY_ME)
                        .visible(ProfileField.ROLE, FieldVisibility.ONLY_ME)
                        .visible(ProfileField.REGION, FieldVisibility.ONLY_ME));

        assertThat(page(viewerSession, "q", token))
                .contains("Hospice social worker " + token)
                .doesNotContain("Hidden Hospice")
                .doesNotContain("Bereavement coordinator")
                .doesNotContain("Hiddenville");
        mvc.perform(api(viewerSession, "q", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.people[0].display_name").value("Private " + token))
                .andExpect(jsonPath("$.people[0].headline").value("Hospice social worker " + token))
                .andExpect(jsonPath("$.people[0].agency").doesNotExist())
                .andExpect(jsonPath("$.people[0].role").doesNotExist())
                .andExpect(jsonPath("$.people[0].region").doesNotExist())
                .andExpect(jsonPath("$.next_page").doesNotExist());
    }

    @Test
    void membersBlockedEitherWayAreNotFound() throws Exception {
        TestAccount blocker = member("blocker", TestProfile.named("Blocker " + token));
        TestAccount blocked = member("blocked", TestProfile.named("Blocked " + token));
        TestAccount bystander = member("bystander", TestProfile.named("Bystander " + token));
        connections.block(blocker.id(), blocked.id());

        assertThat(found(accounts.login(mvc, blocker), "q", token))
                .contains(bystander.username())
                .doesNotContain(blocked.username());
        assertThat(found(accounts.login(mvc, blocked), "q", token))
                .contains(bystander.username())
                .doesNotContain(blocker.username());
        assertThat(found("q", token)).contains(blocker.username(), blocked.username());
    }

    @Test
    void suspendedMembersAreNotFound() throws Exception {
        TestAccount gone = member("gone", TestProfile.named("Gone " + token));
        assertThat(found("q", token)).containsExactly(gone.username());

        jdbc.sql("update accounts set status = 'SUSPENDED' where id = :id")
                .param("id", gone.id())
                .update();

        assertThat(found("q", token)).isEmpty();
    }

    @Test
    void resultsArePagedWithLinksThatWorkWithoutJavaScript() throws Exception {
        for (int i = 0; i < 23; i++) {
            member("paged", TestProfile.named(String.format("Paged %02d %s", i, token)));
        }

        String first = page(viewerSession, "q", token);
        assertThat(first).contains("Paged 00 " + token, "Paged 19 " + token).doesNotContain("Paged 20 " + token);
        assertThat(first).contains("href=\"/people?q=" + token + "&amp;page=2\"", "rel=\"next\"");

        String second = page(viewerSession, "q", token, "page", "2");
        assertThat(second)
                .contains("Paged 20 " + token, "Paged 22 " + token)
                .doesNotContain("Paged 19 " + token)
                .doesNotContain("rel=\"next\"")
                .contains("href=\"/people?q=" + token + "\"");

        mvc.perform(api(viewerSession, "q", token))
                .andExpect(jsonPath("$.people.length()").value(20))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.next_page").value(2));
        mvc.perform(api(viewerSession, "q", token, "page", "2"))
                .andExpect(jsonPath("$.people.length()").value(3))
                .andExpect(jsonPath("$.next_page").doesNotExist());
    }

    @Test
    void anEmptySearchSaysSoAndSuggestsFewerFilters() throws Exception {
        assertThat(page(viewerSession, "q", token))
                .contains("No one matches these filters yet \u2014 try fewer filters.");
    }

    @Test
    void theFormLabelsEveryFilterAndOffersTheTaxonomies() throws Exception {
        String page = page(viewerSession);
        for (String name : List.of(
                "q",
                "practice_area",
                "modality",
                "population",
                "credential",
                "city",
                "state",
                "country",
                "agency",
                "school",
                "license_state")) {
            assertThat(page).contains("for=\"people-" + name + "\"", "id=\"people-" + name + "\"");
        }
        assertThat(page)
                .contains("<option value=\"CHILD_WELFARE\">Child welfare</option>")
                .contains("<option value=\"MOTIVATIONAL_INTERVIEWING\">Motivational interviewing</option>")
                .contains("<option value=\"LCSW_R\">LCSW-R</option>")
                .contains("People you may know")
                .doesNotContain("style=");
    }

    @Test
    void unknownFilterValuesAndPagesAreRefusedWithAMessage() throws Exception {
        mvc.perform(get("/people").session(viewerSession).param("practice_area", "ASTROLOGY"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a value from the list.")))
                .andExpect(content().string(containsString("href=\"#people-practice_area\"")));
        mvc.perform(get("/people").session(viewerSession).param("page", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/people").session(viewerSession).param("page", "51")).andExpect(status().isBadRequest());
        mvc.perform(get("/people").session(viewerSession).param("page", "two")).andExpect(status().isBadRequest());
        mvc.perform(get("/people").session(viewerSession).param("city", "x".repeat(81)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Use at most 80 characters.")));

        mvc.perform(api(viewerSession, "modality", "yoga"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("modality")));
        mvc.perform(api(viewerSession, "page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("page")));
    }

    @Test
    void visitorsAreSentToTheLoginPageAndTheApiAnswers401() throws Exception {
        mvc.perform(get("/people")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/people"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").exists());
        mvc.perform(get("/api/v1/people/suggestions")).andExpect(status().isUnauthorized());
    }

    @Test
    void membersSeePeopleInTheNavigationAndVisitorsDoNot() throws Exception {
        mvc.perform(get("/").session(viewerSession)).andExpect(content().string(containsString("href=\"/people\"")));
        mvc.perform(get("/")).andExpect(content().string(Matchers.not(containsString("href=\"/people\""))));
    }

    @Test
    void twoMembersWhoNeverMetFindEachOtherByPracticeAreaAndRegion() throws Exception {
        String city = "Duluth " + token;
        TestAccount amara = member(
                "amara",
                TestProfile.named("Amara " + token)
                        .practiceArea(PracticeArea.SUBSTANCE_USE_AND_ADDICTION)
                        .region(city, "MN", "USA"));
        TestAccount ben = member(
                "ben",
                TestProfile.named("Ben " + token)
                        .practiceArea(PracticeArea.SUBSTANCE_USE_AND_ADDICTION)
                        .region(city, "MN", "USA"));

        assertThat(found(accounts.login(mvc, amara), "practice_area", "SUBSTANCE_USE_AND_ADDICTION", "city", city))
                .contains(ben.username());
        assertThat(found(accounts.login(mvc, ben), "practice_area", "SUBSTANCE_USE_AND_ADDICTION", "city", city))
                .contains(amara.username());
    }

    private TestAccount member(String prefix, TestProfile profile) {
        TestAccount account = accounts.create(prefix);
        profiles.update(account.id(), profile.form());
        return account;
    }

    private void connect(TestAccount requester, TestAccount addressee) {
        long request = connections
                .requestConnection(requester.id(), addressee.id(), null)
                .id();
        connections.accept(addressee.id(), request);
    }

    private List<String> found(String... params) throws Exception {
        return found(viewerSession, params);
    }

    private List<String> found(MockHttpSession session, String... params) throws Exception {
        String json = mvc.perform(api(session, params))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$.people[*].username");
    }

    private String page(MockHttpSession session, String... params) throws Exception {
        return mvc.perform(withParams(get("/people").session(session), params))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static MockHttpServletRequestBuilder api(MockHttpSession session, String... params) {
        return withParams(get("/api/v1/people").session(session), params);
    }

    private static MockHttpServletRequestBuilder withParams(MockHttpServletRequestBuilder request, String... params) {
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }
}
