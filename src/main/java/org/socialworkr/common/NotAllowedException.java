package org.socialworkr.common;

/** The viewer is known but may not do this. */
public class NotAllowedException extends DomainException {

    public NotAllowedException(String messageKey, Object... messageArguments) {
        super(messageKey, messageArguments);
    }
}
