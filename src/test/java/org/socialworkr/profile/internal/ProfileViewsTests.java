package org.socialworkr.profile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.profile.Credential;
import org.socialworkr.profile.EducationEntry;
import org.socialworkr.profile.FieldVisibility;
import org.socialworkr.profile.Modality;
import org.socialworkr.profile.Population;
import org.socialworkr.profile.PracticeArea;
import org.socialworkr.profile.ProfileField;
import org.socialworkr.profile.ProfileForm;
import org.socialworkr.profile.ProfileLink;
import org.socialworkr.profile.ProfileView;
import org.socialworkr.profile.ProfileViewer;

class ProfileViewsTests {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final AccountSummary ACCOUNT =
            new AccountSummary(7, "dana", "Dana Reyes", AccountStatus.ACTIVE, Set.of(), false, NOW);

    @Test
    void aVisitorSeesOnlyPublicFields() {
        ProfileView view = viewOf(filledProfile(defaults()), ProfileViewer.VISITOR);

        assertThat(view.headline()).isEqualTo("School social worker");
        assertThat(view.practiceAreas()).containsExactly(PracticeArea.CHILD_WELFARE, PracticeArea.MENTAL_HEALTH);
        assertThat(view.bioHtml()).isEqualTo("<p>bio</p>");
        assertThat(view.agency()).isNull();
        assertThat(view.role()).isNull();
        assertThat(view.region().isEmpty()).isTrue();
        assertThat(view.education()).isEmpty();
        assertThat(view.populations()).isEmpty();
        assertThat(view.licenseNumber()).isNull();
        assertThat(view.licenseStates()).isEmpty();
        assertThat(view.visibility()).isEmpty();
    }

    @Test
    void aMemberSeesMembersFieldsButNotTheLicense() {
        ProfileView view = viewOf(filledProfile(defaults()), ProfileViewer.MEMBER);

        assertThat(view.agency()).isEqualTo("Springfield Schools");
        assertThat(view.region().label()).isEqualTo("Springfield, IL, United States");
        assertThat(view.education()).extracting(EducationEntry::school).containsExactly("UIC");
        assertThat(view.licenseNumber()).isNull();
        assertThat(view.licenseStates()).isEmpty();
        assertThat(view.visibility()).isEmpty();
    }

    @Test
    void connectionsFieldsAreHiddenFromMembersAndShownToConnections() {
        Map<ProfileField, FieldVisibility> visibility = defaults();
        visibility.put(ProfileField.AGENCY, FieldVisibility.CONNECTIONS);
        Profile profile = filledProfile(visibility);

        assertThat(viewOf(profile, ProfileViewer.MEMBER).agency()).isNull();
        assertThat(viewOf(profile, ProfileViewer.CONNECTION).agency()).isEqualTo("Springfield Schools");
    }

    @Test
    void theOwnerSeesEverythingAndTheirSettings() {
        ProfileView view = viewOf(filledProfile(defaults()), ProfileViewer.OWNER);

        assertThat(view.licenseNumber()).isEqualTo("LCSW 123-456");
        assertThat(view.licenseStates()).containsExactly("IL", "WI");
        assertThat(view.isOwner()).isTrue();
        assertThat(view.visibilityOf(ProfileField.LICENSE_NUMBER)).isEqualTo(FieldVisibility.ONLY_ME);
    }

    @Test
    void publicFieldsCanBeMadePrivate() {
        Map<ProfileField, FieldVisibility> visibility = defaults();
        visibility.put(ProfileField.HEADLINE, FieldVisibility.ONLY_ME);
        visibility.put(ProfileField.BIO, FieldVisibility.MEMBERS);

        ProfileView view = viewOf(filledProfile(visibility), ProfileViewer.VISITOR);

        assertThat(view.headline()).isNull();
        assertThat(view.bioHtml()).isEmpty();
    }

    @Test
    void aProfileNeverEditedShowsOnlyTheName() {
        ProfileView view = viewOf(new Profile(7, NOW), ProfileViewer.MEMBER);

        assertThat(view.displayName()).isEqualTo("Dana Reyes");
        assertThat(view.isBare()).isTrue();
    }

    private static ProfileView viewOf(Profile profile, ProfileViewer viewer) {
        return ProfileViews.of(ACCOUNT, profile, viewer, markdown -> markdown == null ? "" : "<p>" + markdown + "</p>");
    }

    private static Map<ProfileField, FieldVisibility> defaults() {
        return new EnumMap<>(ProfileField.class);
    }

    private static Profile filledProfile(Map<ProfileField, FieldVisibility> visibility) {
        Profile profile = new Profile(7, NOW);
        profile.edit(
                new ProfileForm(
                        "Dana Reyes",
                        "she/her",
                        "School social worker",
                        Set.of(Credential.LCSW, Credential.MSW),
                        "IL, WI",
                        "LCSW 123-456",
                        "Springfield Schools",
                        "School social worker",
                        Set.of(PracticeArea.MENTAL_HEALTH, PracticeArea.CHILD_WELFARE),
                        Set.of(Modality.CBT),
                        Set.of(Population.ADOLESCENTS),
                        "Springfield",
                        "IL",
                        "United States",
                        List.of(new EducationEntry("UIC", "MSW", 2015)),
                        "bio",
                        List.of(new ProfileLink("Website", "https://example.org")),
                        visibility),
                NOW);
        return profile;
    }
}
