package org.socialworkr.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "Zürich-Straße 2024!", "ten chars!", "ñandú y cóndor"})
    void acceptsLongEnoughUncommonPasswords(String password) {
        assertThat(violations(password)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "123456789", "1234567890", "password123", "SocialWorker", "aaaaaaaaaaaa"})
    void refusesShortCommonOrMonotonousPasswords(String password) {
        assertThat(violations(password)).isOne();
    }

    @org.junit.jupiter.api.Test
    void refusesPasswordsBeyondWhatTheHashReads() {
        assertThat(violations("é".repeat(37))).as("74 bytes of UTF-8").isOne();
        assertThat(violations("abcdefghij".repeat(7) + "xy")).as("72 bytes").isZero();
    }

    private int violations(String password) {
        return validator
                .validate(new SignUpRequest("someone", "someone@example.org", password, "Someone"))
                .size();
    }
}
