package org.socialworkr.common;

/** The thing asked for does not exist, or the viewer may not know that it exists. */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, Object... messageArguments) {
        super(messageKey, messageArguments);
    }
}
