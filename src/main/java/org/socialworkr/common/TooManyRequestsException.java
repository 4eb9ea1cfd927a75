package org.socialworkr.common;

/** A rate limit refused the request; the client should wait and try again. */
public class TooManyRequestsException extends DomainException {

    public TooManyRequestsException() {
        super("error.tooManyRequests");
    }
}
