package org.socialworkr.account.web;

import jakarta.validation.Valid;
import org.socialworkr.account.AccountRegistration;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.account.SignUpRequest;
import org.socialworkr.account.UsernameTakenException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-up and email confirmation. */
@Controller
class SignUpController {

    private final AccountRegistration registration;

    SignUpController(AccountRegistration registration) {
        this.registration = registration;
    }

    @GetMapping("/signup")
    String form(CurrentAccount currentAccount, Model model) {
        if (currentAccount != null) {
            return "redirect:/";
        }
        model.addAttribute("form", SignUpRequest.empty());
        return "account/signup";
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUpRequest form, BindingResult result) {
        if (!result.hasErrors()) {
            try {
                registration.signUp(form);
                return "redirect:/signup/done";
            } catch (UsernameTakenException e) {
                result.rejectValue("username", e.messageKey());
            }
        }
        return "account/signup";
    }

    @GetMapping("/signup/done")
    String done(Model model) {
        model.addAttribute("form", EmailForm.empty());
        return "account/signup-done";
    }

    @PostMapping("/signup/resend")
    String resend(@Valid @ModelAttribute("form") EmailForm form, BindingResult result) {
        if (result.hasErrors()) {
            return "account/signup-done";
        }
        registration.resendConfirmation(form.email());
        return "redirect:/signup/done?resent";
    }

    /** Shows a button rather than confirming, so mail scanners that follow links confirm nothing. */
    @GetMapping("/signup/confirm")
    String confirmPage(@RequestParam String token, Model model) {
        model.addAttribute("token", token);
        return "account/confirm";
    }

    @PostMapping("/signup/confirm")
    String confirm(@RequestParam String token) {
        registration.confirmEmail(token);
        return "redirect:/login?confirmed";
    }
}
