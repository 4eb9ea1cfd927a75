package org.socialworkr.common;

/**
 * A refusal that users may read: it carries a message key from {@code messages.properties}
 * rather than free text, so pages and the API show the same translated sentence.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] messageArguments;

    protected DomainException(String messageKey, Object... messageArguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.messageArguments = messageArguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] messageArguments() {
        return messageArguments.clone();
    }
}
