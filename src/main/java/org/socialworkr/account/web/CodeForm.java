package org.socialworkr.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A six-digit authenticator code or a recovery code. */
record CodeForm(@NotBlank @Size(max = 20) String code) {

    static CodeForm empty() {
        return new CodeForm("");
    }
}
