package org.socialworkr.group;

import org.socialworkr.common.NotFoundException;

/** No such group, or one the viewer may not know exists (a hidden group they are not in). */
public class GroupNotFoundException extends NotFoundException {

    public GroupNotFoundException() {
        super("error.group.notFound");
    }
}
