package org.socialworkr.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a new member gives to sign up; also the sign-up form. */
public record SignUpRequest(
        @NotBlank @Size(min = 3, max = 30) @Pattern(regexp = "[A-Za-z0-9_]*", message = "{validation.username.pattern}")
                String username,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @ValidPassword String password,
        @NotBlank @Size(max = 80) String displayName) {

    public static SignUpRequest empty() {
        return new SignUpRequest("", "", "", "");
    }
}
