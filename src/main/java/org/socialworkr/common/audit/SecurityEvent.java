package org.socialworkr.common.audit;

/**
 * Published by any module when something security-relevant happens; the moderation module
 * keeps it in the audit log. Never put passwords, tokens, codes or message bodies in
 * {@code detail}.
 *
 * @param actorId the account that acted, or {@code null} for an anonymous visitor
 * @param subjectId the account acted upon, or {@code null}
 * @param detail a short, non-secret description (a role name, a masked login name)
 * @param clientAddress the remote address of the request, or {@code null} outside a request
 */
public record SecurityEvent(SecurityEventType type, Long actorId, Long subjectId, String detail, String clientAddress) {

    public static SecurityEvent of(SecurityEventType type, Long actorId, Long subjectId, String detail) {
        return new SecurityEvent(type, actorId, subjectId, detail, ClientAddresses.current());
    }
}
