package org.socialworkr.profile.internal;

import jakarta.persistence.Embeddable;
import org.socialworkr.profile.ProfileLink;

@Embeddable
record Link(String label, String url) {

    ProfileLink toProfileLink() {
        return new ProfileLink(label, url);
    }
}
