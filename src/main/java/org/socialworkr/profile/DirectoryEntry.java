package org.socialworkr.profile;

import java.util.List;

/**
 * A member as a directory result or suggestion shows them to one viewer. Like {@link ProfileView},
 * every field the viewer may not see is {@code null} or empty, as if the member had left it blank.
 *
 * @param smallAvatarUrl the 96-pixel avatar's address, relative to the context path, or {@code null}
 */
public record DirectoryEntry(
        long accountId,
        String username,
        String displayName,
        String smallAvatarUrl,
        String headline,
        List<Credential> credentials,
        String agency,
        String role,
        Region region,
        List<PracticeArea> practiceAreas,
        List<Modality> modalities,
        List<Population> populations) {

    public DirectoryEntry {
        credentials = List.copyOf(credentials);
        practiceAreas = List.copyOf(practiceAreas);
        modalities = List.copyOf(modalities);
        populations = List.copyOf(populations);
    }
}
