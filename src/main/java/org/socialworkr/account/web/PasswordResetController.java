package org.socialworkr.account.web;

import jakarta.validation.Valid;
import org.socialworkr.account.AccountRegistration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Forgot-password: the same answer whether or not the address has an account. */
@Controller
class PasswordResetController {

    private final AccountRegistration registration;

    PasswordResetController(AccountRegistration registration) {
        this.registration = registration;
    }

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        model.addAttribute("form", EmailForm.empty());
        return "account/forgot-password";
    }

    @PostMapping("/password/forgot")
    String forgot(@Valid @ModelAttribute("form") EmailForm form, BindingResult result) {
        if (result.hasErrors()) {
            return "account/forgot-password";
        }
        registration.requestPasswordReset(form.email());
        return "redirect:/password/forgot?sent";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam String token, Model model) {
        model.addAttribute("form", new NewPasswordForm(token, ""));
        return "account/reset-password";
    }

    @PostMapping("/password/reset")
    String reset(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult result) {
        if (result.hasErrors()) {
            return "account/reset-password";
        }
        registration.resetPassword(form.token(), form.password());
        return "redirect:/login?reset";
    }
}
