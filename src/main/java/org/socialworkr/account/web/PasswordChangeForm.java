package org.socialworkr.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.socialworkr.account.ValidPassword;

record PasswordChangeForm(
        @NotBlank @Size(max = 200) String currentPassword, @NotBlank @ValidPassword String newPassword) {

    /** Passwords never go back to the browser, not even when the form is shown again. */
    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "");
    }
}
