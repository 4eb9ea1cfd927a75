package org.socialworkr.account.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.socialworkr.account.ValidPassword;

/**
 * At least 10 characters, at most 72 bytes (bcrypt reads no further), and not one of the
 * passwords that guessing attacks try first.
 */
public class PasswordPolicy implements ConstraintValidator<ValidPassword, String> {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    private static final Set<String> COMMON_PASSWORDS = Set.of(
            "1234567890",
            "12345678910",
            "0123456789",
            "qwertyuiop",
            "password12",
            "password123",
            "password1234",
            "iloveyou12",
            "1q2w3e4r5t",
            "qwerty1234",
            "abcdefghij",
            "letmein123",
            "welcome123",
            "socialwork",
            "socialworker",
            "socialworkr",
            "changeme12",
            "passw0rd12");

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        if (password == null || password.isEmpty()) {
            return true; // @NotBlank reports the missing password
        }
        return password.codePointCount(0, password.length()) >= MIN_LENGTH
                && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES
                && !COMMON_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))
                && password.chars().distinct().count() > 3;
    }
}
