package org.socialworkr.profile.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.media.StoredImage;
import org.socialworkr.profile.ProfileField;
import org.socialworkr.profile.ProfileView;
import org.socialworkr.profile.ProfileViewer;
import org.socialworkr.profile.Region;

/**
 * The one place that decides which fields a viewer sees. Hidden fields are left out here, before
 * any template runs, so no page or API can show them by mistake.
 */
final class ProfileViews {

    private static final Region NO_REGION = new Region(null, null, null);

    private ProfileViews() {}

    static ProfileView of(
            AccountSummary account,
            Profile profile,
            ProfileViewer viewer,
            Function<String, String> markdownToSafeHtml) {
        Visible visible = new Visible(profile, viewer);
        return new ProfileView(
                account.id(),
                account.username(),
                account.displayName(),
                viewer,
                visible.test(ProfileField.AVATAR) ? urlOf(profile.avatarKey()) : null,
                visible.test(ProfileField.AVATAR) ? urlOf(profile.avatarSmallKey()) : null,
                visible.test(ProfileField.PRONOUNS) ? profile.pronouns() : null,
                visible.test(ProfileField.HEADLINE) ? profile.headline() : null,
                visible.test(ProfileField.CREDENTIALS) ? profile.credentials() : List.of(),
                visible.test(ProfileField.LICENSE_STATES) ? profile.licenseStates() : List.of(),
                visible.test(ProfileField.LICENSE_NUMBER) ? profile.licenseNumber() : null,
                visible.test(ProfileField.AGENCY) ? profile.agency() : null,
                visible.test(ProfileField.ROLE) ? profile.role() : null,
                visible.test(ProfileField.PRACTICE_AREAS) ? profile.practiceAreas() : List.of(),
                visible.test(ProfileField.MODALITIES) ? profile.modalities() : List.of(),
                visible.test(ProfileField.POPULATIONS) ? profile.populations() : List.of(),
                visible.test(ProfileField.REGION) ? profile.region() : NO_REGION,
                visible.test(ProfileField.EDUCATION) ? profile.educationEntries() : List.of(),
                visible.test(ProfileField.BIO) ? markdownToSafeHtml.apply(profile.bio()) : "",
                visible.test(ProfileField.LINKS) ? profile.profileLinks() : List.of(),
                viewer == ProfileViewer.OWNER ? profile.visibilities() : Map.of());
    }

    private static String urlOf(String key) {
        return key == null ? null : StoredImage.urlOf(key);
    }

    private record Visible(Profile profile, ProfileViewer viewer) {

        boolean test(ProfileField field) {
            return profile.visibilityOf(field).allows(viewer);
        }
    }
}
