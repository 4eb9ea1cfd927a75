package org.socialworkr.mail.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Delivery runs after commit on Spring Boot's task executor, retries on its scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class MailConfiguration {}
