package org.socialworkr.profile;

import java.util.List;
import java.util.Map;

/**
 * A profile as one viewer may see it: every field the viewer may not see is {@code null} or
 * empty, exactly as if the member had left it blank, so a template cannot show it by mistake.
 *
 * @param viewer how the profile was looked at (the owner may preview it as a visitor or member)
 * @param avatarUrl the 400-pixel avatar's address, relative to the context path, or {@code null}
 * @param smallAvatarUrl the 96-pixel avatar's address, or {@code null}
 * @param bioHtml the bio rendered from Markdown and sanitized, safe to insert as HTML; empty when hidden
 * @param visibility the owner's visibility settings; empty for anyone else
 */
public record ProfileView(
        long accountId,
        String username,
        String displayName,
        ProfileViewer viewer,
        String avatarUrl,
        String smallAvatarUrl,
        String pronouns,
        String headline,
        List<Credential> credentials,
        List<String> licenseStates,
        String licenseNumber,
        String agency,
        String role,
        List<PracticeArea> practiceAreas,
        List<Modality> modalities,
        List<Population> populations,
        Region region,
        List<EducationEntry> education,
        String bioHtml,
        List<ProfileLink> links,
        Map<ProfileField, FieldVisibility> visibility) {

    public ProfileView {
        credentials = List.copyOf(credentials);
        licenseStates = List.copyOf(licenseStates);
        practiceAreas = List.copyOf(practiceAreas);
        modalities = List.copyOf(modalities);
        populations = List.copyOf(populations);
        education = List.copyOf(education);
        links = List.copyOf(links);
        visibility = Map.copyOf(visibility);
    }

    public boolean isOwner() {
        return viewer == ProfileViewer.OWNER;
    }

    /** The owner's setting for a field, or {@code null} for anyone but the owner. */
    public FieldVisibility visibilityOf(ProfileField field) {
        return visibility.get(field);
    }

    /** Nothing beyond the name is shown to this viewer. */
    public boolean isBare() {
        return avatarUrl == null
                && pronouns == null
                && headline == null
                && credentials.isEmpty()
                && licenseStates.isEmpty()
                && licenseNumber == null
                && agency == null
                && role == null
                && practiceAreas.isEmpty()
                && modalities.isEmpty()
                && populations.isEmpty()
                && region.isEmpty()
                && education.isEmpty()
                && bioHtml.isEmpty()
                && links.isEmpty();
    }
}
