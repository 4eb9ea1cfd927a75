package org.socialworkr.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialworkr.profile.ProfileViewer.CONNECTION;
import static org.socialworkr.profile.ProfileViewer.MEMBER;
import static org.socialworkr.profile.ProfileViewer.OWNER;
import static org.socialworkr.profile.ProfileViewer.VISITOR;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FieldVisibilityTests {

    @Test
    void eachLevelAdmitsExactlyItsViewers() {
        assertThat(admitted(FieldVisibility.PUBLIC)).containsExactly(VISITOR, MEMBER, CONNECTION, OWNER);
        assertThat(admitted(FieldVisibility.MEMBERS)).containsExactly(MEMBER, CONNECTION, OWNER);
        assertThat(admitted(FieldVisibility.CONNECTIONS)).containsExactly(CONNECTION, OWNER);
        assertThat(admitted(FieldVisibility.ONLY_ME)).containsExactly(OWNER);
    }

    @Test
    void licenseDetailsArePrivateByDefault() {
        assertThat(ProfileField.LICENSE_NUMBER.defaultVisibility()).isEqualTo(FieldVisibility.ONLY_ME);
        assertThat(ProfileField.LICENSE_STATES.defaultVisibility()).isEqualTo(FieldVisibility.ONLY_ME);
    }

    @Test
    void whereAMemberCanBeFoundInPersonIsNotPublicByDefault() {
        assertThat(ProfileField.AGENCY.defaultVisibility()).isEqualTo(FieldVisibility.MEMBERS);
        assertThat(ProfileField.ROLE.defaultVisibility()).isEqualTo(FieldVisibility.MEMBERS);
        assertThat(ProfileField.REGION.defaultVisibility()).isEqualTo(FieldVisibility.MEMBERS);
    }

    @Test
    void aFormWithoutVisibilitiesGetsTheDefaults() {
        ProfileForm form = ProfileForm.empty("Dana");

        for (ProfileField field : ProfileField.values()) {
            assertThat(form.visibilityOf(field)).isEqualTo(field.defaultVisibility());
        }
    }

    private static ProfileViewer[] admitted(FieldVisibility visibility) {
        return Arrays.stream(ProfileViewer.values()).filter(visibility::allows).toArray(ProfileViewer[]::new);
    }
}
