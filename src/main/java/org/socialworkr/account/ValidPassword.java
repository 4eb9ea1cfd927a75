package org.socialworkr.account;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.socialworkr.account.internal.PasswordPolicy;

/** A password long enough to resist guessing and short enough for the hash (72 bytes of UTF-8). */
@Documented
@Constraint(validatedBy = PasswordPolicy.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPassword {

    String message() default "{validation.password.policy}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
