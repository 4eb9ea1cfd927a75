package org.socialworkr.mail.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing mail. The SMTP server itself is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host} messages go to the log.
 *
 * @param from the sender of every message
 * @param retryInterval how often the retry job looks for undelivered messages
 * @param retryAfter how long after its last attempt (or its creation) a message counts as undelivered;
 *     long enough that the retry job never races the delivery that follows the commit
 * @param maxAttempts failed deliveries after which a message is marked failed
 */
@ConfigurationProperties("socialworkr.mail")
record MailProperties(
        @DefaultValue("SocialWorkr <no-reply@localhost>") String from,
        @DefaultValue("PT1M") Duration retryInterval,
        @DefaultValue("PT1M") Duration retryAfter,
        @DefaultValue("5") int maxAttempts) {}
