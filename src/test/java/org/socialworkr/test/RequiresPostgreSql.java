package org.socialworkr.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test needs a PostgreSQL server ({@link PostgreSql#ADMIN_URL}, user {@code postgres}). Without
 * one it is skipped with a message, or fails when {@code socialworkr.test.require-services=true}
 * (as in CI).
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgreSql.Condition.class)
public @interface RequiresPostgreSql {}
