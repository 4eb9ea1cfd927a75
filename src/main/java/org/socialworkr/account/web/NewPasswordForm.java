package org.socialworkr.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.socialworkr.account.ValidPassword;

record NewPasswordForm(@NotBlank @Size(max = 100) String token, @NotBlank @ValidPassword String password) {}
