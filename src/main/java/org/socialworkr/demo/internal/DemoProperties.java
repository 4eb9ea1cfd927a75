package org.socialworkr.demo.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the demo community at start, into an instance that does not have it yet
 * @param password the password of every demo member, so a newcomer can log in as any of them
 */
@ConfigurationProperties("socialworkr.demo")
record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("demo-community-2026") String password) {}
