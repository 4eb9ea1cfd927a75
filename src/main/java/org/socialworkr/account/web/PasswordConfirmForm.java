package org.socialworkr.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The current password, asked again before a change that weakens or resets two-factor login. */
record PasswordConfirmForm(@NotBlank @Size(max = 200) String currentPassword) {

    static PasswordConfirmForm empty() {
        return new PasswordConfirmForm("");
    }
}
