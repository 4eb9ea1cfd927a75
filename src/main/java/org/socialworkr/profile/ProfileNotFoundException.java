package org.socialworkr.profile;

import org.socialworkr.common.NotFoundException;

/** No active member has this username; pending and suspended members look the same as unknown ones. */
public class ProfileNotFoundException extends NotFoundException {

    public ProfileNotFoundException() {
        super("error.profile.notFound");
    }
}
