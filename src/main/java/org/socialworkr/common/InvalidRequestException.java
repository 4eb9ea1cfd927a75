package org.socialworkr.common;

/** The request is well-formed but cannot be carried out as asked (an expired link, a wrong code). */
public class InvalidRequestException extends DomainException {

    public InvalidRequestException(String messageKey, Object... messageArguments) {
        super(messageKey, messageArguments);
    }
}
