package org.socialworkr.profile.internal;

import java.io.InputStream;
import java.time.Clock;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountNotFoundException;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.markdown.MarkdownRenderer;
import org.socialworkr.media.MediaStorage;
import org.socialworkr.media.StoredAvatar;
import org.socialworkr.profile.ConnectionChecker;
import org.socialworkr.profile.ProfileForm;
import org.socialworkr.profile.ProfileNotFoundException;
import org.socialworkr.profile.ProfileView;
import org.socialworkr.profile.ProfileViewer;
import org.socialworkr.profile.Profiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profiles are created lazily: a member who never edited has no row and is shown with nothing
 * but their name. That needs no listener on {@code AccountConfirmed}, so a confirmation can
 * never fail because of the profile module.
 */
@Service
class ProfileService implements Profiles {

    private final ProfileRepository profiles;
    private final AccountDirectory accounts;
    private final MediaStorage media;
    private final MarkdownRenderer markdown;
    private final ObjectProvider<ConnectionChecker> connectionCheckers;
    private final Clock clock;

    ProfileService(
            ProfileRepository profiles,
            AccountDirectory accounts,
            MediaStorage media,
            MarkdownRenderer markdown,
            ObjectProvider<ConnectionChecker> connectionCheckers,
            Clock clock) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.media = media;
        this.markdown = markdown;
        this.connectionCheckers = connectionCheckers;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ProfileView view(String username, CurrentAccount viewer) {
        return view(username, viewer, null);
    }

    @Override
    @Transactional(readOnly = true)
    public ProfileView view(String username, CurrentAccount viewer, ProfileViewer previewAs) {
        AccountSummary account = accounts.findByUsername(username)
                .filter(found -> found.status() == AccountStatus.ACTIVE)
                .orElseThrow(ProfileNotFoundException::new);
        ProfileViewer relation = relationOf(viewer, account.id());
        if (relation == ProfileViewer.OWNER && previewAs != null) {
            relation = previewAs;
        }
        Profile profile = profiles.findById(account.id()).orElseGet(() -> new Profile(account.id(), clock.instant()));
        return ProfileViews.of(account, profile, relation, markdown::toSafeHtml);
    }

    @Override
    @Transactional(readOnly = true)
    public ProfileForm editForm(long accountId) {
        AccountSummary account = accounts.findById(accountId).orElseThrow(AccountNotFoundException::new);
        return profiles.findById(accountId)
                .map(profile -> profile.toForm(account.displayName()))
                .orElseGet(() -> ProfileForm.empty(account.displayName()));
    }

    @Override
    @Transactional
    public void update(long accountId, ProfileForm form) {
        AccountSummary account = accounts.findById(accountId).orElseThrow(AccountNotFoundException::new);
        String displayName = form.displayName().strip();
        if (!displayName.equals(account.displayName())) {
            accounts.rename(accountId, displayName);
        }
        profileOf(accountId).edit(form, clock.instant());
    }

    @Override
    @Transactional
    public void changeAvatar(long accountId, InputStream image, String contentType) {
        StoredAvatar avatar = media.storeAvatar(accountId, image, contentType);
        profileOf(accountId)
                .replaceAvatar(avatar.large().key(), avatar.small().key(), clock.instant())
                .forEach(media::delete);
    }

    @Override
    @Transactional
    public void removeAvatar(long accountId) {
        profiles.findById(accountId).ifPresent(profile -> profile.replaceAvatar(null, null, clock.instant())
                .forEach(media::delete));
    }

    private Profile profileOf(long accountId) {
        return profiles.findById(accountId).orElseGet(() -> profiles.save(new Profile(accountId, clock.instant())));
    }

    private ProfileViewer relationOf(CurrentAccount viewer, long ownerId) {
        if (viewer == null) {
            return ProfileViewer.VISITOR;
        }
        if (viewer.id() == ownerId) {
            return ProfileViewer.OWNER;
        }
        ConnectionChecker connections = connectionCheckers.getIfAvailable(() -> ConnectionChecker.NONE);
        if (connections.isBlockedBy(viewer.id(), ownerId)) {
            // The blocked member keeps the public minimum, like anyone without an account.
            return ProfileViewer.VISITOR;
        }
        return connections.areConnected(viewer.id(), ownerId) ? ProfileViewer.CONNECTION : ProfileViewer.MEMBER;
    }
}
