package org.socialworkr.media;

import org.socialworkr.common.InvalidRequestException;

/** An upload was refused; the message key says why in words a member understands. */
public class InvalidImageException extends InvalidRequestException {

    public InvalidImageException(String messageKey, Object... messageArguments) {
        super(messageKey, messageArguments);
    }
}
