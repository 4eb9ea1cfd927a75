package org.socialworkr.profile;

import java.io.InputStream;
import org.socialworkr.account.CurrentAccount;

/** Members' professional profiles, as their owners edit them and as others may see them. */
public interface Profiles {

    /**
     * The profile of an active member, with only the fields this viewer may see.
     *
     * @param viewer the member looking, or {@code null} for a visitor
     * @throws ProfileNotFoundException when no active member has this username
     */
    ProfileView view(String username, CurrentAccount viewer);

    /**
     * Like {@link #view(String, CurrentAccount)}, but the owner may ask to see their profile as
     * someone else would ({@code previewAs}); for anyone else {@code previewAs} is ignored, so it
     * can never reveal more than the viewer may see.
     */
    ProfileView view(String username, CurrentAccount viewer, ProfileViewer previewAs);

    /** The member's profile as the edit form shows it; a member who never edited gets defaults. */
    ProfileForm editForm(long accountId);

    /** Saves the whole profile, including the display name (kept by the account). */
    void update(long accountId, ProfileForm form);

    /**
     * Replaces the member's avatar; the previous images are deleted.
     *
     * @throws org.socialworkr.media.InvalidImageException when the upload is not an acceptable image
     */
    void changeAvatar(long accountId, InputStream image, String contentType);

    void removeAvatar(long accountId);
}
