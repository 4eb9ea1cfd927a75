package org.socialworkr.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialworkr.connection.Connections;
import org.socialworkr.profile.FieldVisibility;
import org.socialworkr.profile.PracticeArea;
import org.socialworkr.profile.ProfileField;
import org.socialworkr.profile.Profiles;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** "People you may know": the right people, for the right reasons, never the wrong ones. */
@IntegrationTest
class PeopleSuggestionsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Profiles profiles;

    @Autowired
    Connections connections;

    String token;
    String school;
    String agency;
    String city;
    TestAccount viewer;

    @BeforeEach
    void aMemberWithAProfile() {
        token = TestAccounts.uniqueUsername("sug").replace("_", "x");
        school = "NYU Silver " + token;
        agency = "Henry Street Settlement " + token;
        city = "Boston " + token;
        viewer = member(
                "viewer",
                TestProfile.named("Viewer " + token)
                        .school(school)
                        .agency(agency)
                        .region(city, "MA", "USA")
                        .practiceArea(PracticeArea.CHILD_WELFARE));
    }

    @Test
    void suggestsMembersWhoShareASchoolAgencyRegionOrPracticeAreaWithTheReason() throws Exception {
        TestAccount classmate =
                member("classmate", TestProfile.named("Classmate " + token).school(school.toLowerCase()));
        TestAccount colleague =
                member("colleague", TestProfile.named("Colleague " + token).agency(agency));
        TestAccount neighbour =
                member("neighbour", TestProfile.named("Neighbour " + token).region(city, null, "USA"));
        TestAccount peer = member(
                "peer",
                TestProfile.named("Peer " + token)
                        .practiceArea(PracticeArea.CHILD_WELFARE)
                        .region(city, "MA", "USA"));

        Map<String, List<String>> reasons = suggestions(viewer);

        assertThat(reasons.get(classmate.username())).containsExactly("Also at " + school);
        assertThat(reasons.get(colleague.username())).containsExactly("Also works at " + agency);
        assertThat(reasons.get(neighbour.username())).containsExactly("Also in " + city);
        assertThat(reasons.get(peer.username())).containsExactly("Also in " + city, "Also works in child welfare");
        assertThat(reasons).doesNotContainKey(viewer.username());

        String page = mvc.perform(get("/people").session(accounts.login(mvc, viewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("People you may know", "Also at " + school, "href=\"/@" + classmate.username() + "\"");
    }

    @Test
    void aFieldTheViewerMayNotSeeIsNoReason() throws Exception {
        TestAccount discreet = member(
                "discreet",
                TestProfile.named("Discreet " + token)
                        .school(school)
                        .visible(ProfileField.EDUCATION, FieldVisibility.ONLY_ME));
        TestAccount differentCountry =
                member("faraway", TestProfile.named("Faraway " + token).region(city, null, "United Kingdom"));

        Map<String, List<String>> reasons = suggestions(viewer);

        assertThat(reasons).doesNotContainKeys(discreet.username(), differentCountry.username());
    }

    @Test
    void connectionsInCommonAreCountedAndShownFirst() throws Exception {
        TestAccount candidate =
                member("candidate", TestProfile.named("Candidate " + token).region(city, "MA", "USA"));
        for (int i = 0; i < 3; i++) {
            TestAccount mutual = accounts.create("mutual");
            connect(viewer, mutual);
            connect(mutual, candidate);
        }

        assertThat(suggestions(viewer).get(candidate.username()))
                .containsExactly("3 connections in common", "Also in " + city);
    }

    @Test
    void neverSuggestsConnectionsPendingRequestsOrBlockedMembers() throws Exception {
        TestAccount connected =
                member("connected", TestProfile.named("Connected " + token).school(school));
        TestAccount askedByViewer =
                member("asked", TestProfile.named("Asked " + token).school(school));
        TestAccount askingViewer =
                member("asking", TestProfile.named("Asking " + token).school(school));
        TestAccount blockedByViewer =
                member("blockedby", TestProfile.named("Blocked " + token).school(school));
        TestAccount blockingViewer =
                member("blocking", TestProfile.named("Blocking " + token).school(school));
        TestAccount stranger =
                member("stranger", TestProfile.named("Stranger " + token).school(school));
        connect(viewer, connected);
        connections.requestConnection(viewer.id(), askedByViewer.id(), null);
        connections.requestConnection(askingViewer.id(), viewer.id(), null);
        connections.block(viewer.id(), blockedByViewer.id());
        connections.block(blockingViewer.id(), viewer.id());

        Map<String, List<String>> reasons = suggestions(viewer);

        assertThat(reasons).containsKey(stranger.username());
        assertThat(reasons)
                .doesNotContainKeys(
                        viewer.username(),
                        connected.username(),
                        askedByViewer.username(),
                        askingViewer.username(),
                        blockedByViewer.username(),
                        blockingViewer.username());
    }

    @Test
    void aMemberWithNothingInCommonGetsAPromptInsteadOfSuggestions() throws Exception {
        TestAccount newcomer = accounts.create("newcomer");
        String page = mvc.perform(get("/people").session(accounts.login(mvc, newcomer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Add your school, agency, region and practice areas to your profile");
        assertThat(suggestions(newcomer)).isEmpty();
    }

    private Map<String, List<String>> suggestions(TestAccount member) throws Exception {
        MockHttpSession session = accounts.login(mvc, member);
        String json = mvc.perform(get("/api/v1/people/suggestions").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> suggestions = JsonPath.read(json, "$");
        return suggestions.stream()
                .collect(Collectors.toMap(
                        suggestion -> JsonPath.read(suggestion, "$.person.username"),
                        suggestion -> JsonPath.read(suggestion, "$.reasons[*].text")));
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
}
