package org.socialworkr.test.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test needs Debian's {@code chromium} and {@code chromium-driver}. Without them it is skipped
 * with a message, or fails when {@code socialworkr.test.require-services=true} (as in CI).
 * {@code -Dsocialworkr.test.browser=false} turns browser tests off on purpose (CI's PostgreSQL pass).
 */
@Documented
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserCondition.class)
public @interface RequiresBrowser {}
