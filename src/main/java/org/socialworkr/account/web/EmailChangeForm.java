package org.socialworkr.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record EmailChangeForm(
        @NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String currentPassword) {

    /** Spaces copied along with an address would fail the format check for nothing. */
    EmailChangeForm {
        email = email == null ? null : email.strip();
    }

    static EmailChangeForm empty() {
        return new EmailChangeForm("", "");
    }
}
