package org.socialworkr.post;

import org.socialworkr.common.NotFoundException;

/** No such post, or one the viewer may not see: the two are told apart to nobody. */
public class PostNotFoundException extends NotFoundException {

    public PostNotFoundException() {
        super("error.post.notFound");
    }
}
