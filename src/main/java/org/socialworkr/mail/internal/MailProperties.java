package org.socialworkr.mail.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

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
@Validated
record MailProperties(
        @DefaultValue("SocialWorkr <no-reply@localhost>") @NotBlank String from,
        @DefaultValue("PT1M") @NotNull Duration retryInterval,
        @DefaultValue("PT1M") @NotNull Duration retryAfter,
        @DefaultValue("5") @Min(1) int maxAttempts) {}
