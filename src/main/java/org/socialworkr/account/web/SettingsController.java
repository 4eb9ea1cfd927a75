package org.socialworkr.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.socialworkr.account.AccountSecurity;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.account.TwoFactorSetup;
import org.socialworkr.account.internal.SessionRenewal;
import org.socialworkr.common.TooManyRequestsException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member's own account settings: password, email address, two-factor login, sessions.
 * Only the email confirmation link is open to visitors, as the new address may be read on
 * another device.
 */
@Controller
class SettingsController {

    static final String SETUP_ATTRIBUTE = SettingsController.class.getName() + ".twoFactorSetup";
    private static final String CODES_ATTRIBUTE = "recoveryCodes";

    /** The secret waits in the session, tied to its account, until a code confirms it. */
    record PendingSetup(long accountId, TwoFactorSetup setup) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    private final AccountSecurity security;
    private final SessionRenewal sessions;

    SettingsController(AccountSecurity security, SessionRenewal sessions) {
        this.security = security;
        this.sessions = sessions;
    }

    @GetMapping("/settings")
    String overview(CurrentAccount me, Model model) {
        model.addAttribute("email", security.email(me.id()));
        if (me.twoFactorEnabled()) {
            model.addAttribute("remainingCodes", security.remainingRecoveryCodes(me.id()));
        }
        return "account/settings";
    }

    @GetMapping("/settings/password")
    String passwordForm(Model model) {
        model.addAttribute("form", PasswordChangeForm.empty());
        return "account/settings-password";
    }

    @PostMapping("/settings/password")
    String changePassword(
            CurrentAccount me,
            @Valid @ModelAttribute("form") PasswordChangeForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()
                && passwordChecked(
                        result, () -> security.changePassword(me.id(), form.currentPassword(), form.newPassword()))) {
            sessions.renew(me.id(), request, response);
            redirect.addFlashAttribute("notice", "settings.password.changed");
            return "redirect:/settings";
        }
        return "account/settings-password";
    }

    @GetMapping("/settings/email")
    String emailForm(CurrentAccount me, Model model) {
        model.addAttribute("email", security.email(me.id()));
        model.addAttribute("form", EmailChangeForm.empty());
        return "account/settings-email";
    }

    @PostMapping("/settings/email")
    String requestEmailChange(
            CurrentAccount me,
            @Valid @ModelAttribute("form") EmailChangeForm form,
            BindingResult result,
            RedirectAttributes redirect,
            Model model) {
        String current = security.email(me.id());
        // Naming their own address is no secret to the member, so say so instead of mailing nothing.
        if (!result.hasFieldErrors("email")
                && form.email().strip().toLowerCase(Locale.ROOT).equals(current)) {
            result.rejectValue("email", "settings.email.error.same");
        }
        if (!result.hasErrors()
                && passwordChecked(
                        result, () -> security.requestEmailChange(me.id(), form.currentPassword(), form.email()))) {
            redirect.addFlashAttribute("notice", "settings.email.sent");
            return "redirect:/settings";
        }
        model.addAttribute("email", current);
        return "account/settings-email";
    }

    /** Shows a button rather than changing anything, so mail scanners that follow links change nothing. */
    @GetMapping("/settings/email/confirm")
    String confirmEmailPage(@RequestParam String token, Model model) {
        model.addAttribute("token", token);
        return "account/settings-email-confirm";
    }

    @PostMapping("/settings/email/confirm")
    String confirmEmail(@RequestParam String token, CurrentAccount me, RedirectAttributes redirect) {
        security.confirmEmailChange(token);
        redirect.addFlashAttribute("notice", "settings.email.changed");
        return me == null ? "redirect:/login" : "redirect:/settings";
    }

    @PostMapping("/settings/log-out-everywhere")
    String logOutEverywhere(CurrentAccount me, HttpServletRequest request, HttpServletResponse response) {
        security.logOutEverywhere(me.id());
        sessions.end(request, response);
        return "redirect:/login?loggedOutEverywhere";
    }

    @GetMapping("/settings/two-factor")
    String twoFactor(CurrentAccount me, HttpSession session, Model model) {
        if (me.twoFactorEnabled()) {
            session.removeAttribute(SETUP_ATTRIBUTE);
            return twoFactorStatus(me, model);
        }
        model.addAttribute("form", CodeForm.empty());
        return twoFactorSetup(me, session, model);
    }

    @PostMapping("/settings/two-factor/enable")
    String enableTwoFactor(
            CurrentAccount me,
            @Valid @ModelAttribute("form") CodeForm form,
            BindingResult result,
            HttpSession session,
            RedirectAttributes redirect,
            Model model) {
        if (me.twoFactorEnabled()) {
            return "redirect:/settings/two-factor";
        }
        PendingSetup pending = pendingSetup(me, session);
        if (pending == null) {
            // The session expired or was renewed between the pages: the shown secret is gone.
            redirect.addFlashAttribute("notice", "settings.twoFactor.setupExpired");
            return "redirect:/settings/two-factor";
        }
        if (!result.hasErrors()) {
            try {
                List<String> codes =
                        security.enableTwoFactor(me.id(), pending.setup().secret(), form.code());
                session.removeAttribute(SETUP_ATTRIBUTE);
                redirect.addFlashAttribute(CODES_ATTRIBUTE, codes);
                redirect.addFlashAttribute("notice", "settings.twoFactor.enabled");
                return "redirect:/settings/two-factor/recovery-codes";
            } catch (AccountSecurity.WrongCodeException e) {
                result.rejectValue("code", e.messageKey());
            }
        }
        return twoFactorSetup(me, session, model);
    }

    @PostMapping("/settings/two-factor/disable")
    String disableTwoFactor(
            CurrentAccount me,
            @Valid @ModelAttribute("disableForm") PasswordConfirmForm form,
            BindingResult result,
            RedirectAttributes redirect,
            Model model) {
        if (!me.twoFactorEnabled()) {
            return "redirect:/settings/two-factor";
        }
        if (!result.hasErrors()
                && passwordChecked(result, () -> security.disableTwoFactor(me.id(), form.currentPassword()))) {
            redirect.addFlashAttribute("notice", "settings.twoFactor.disabled");
            return "redirect:/settings/two-factor";
        }
        return twoFactorStatus(me, model);
    }

    @PostMapping("/settings/two-factor/recovery-codes")
    String regenerateRecoveryCodes(
            CurrentAccount me,
            @Valid @ModelAttribute("regenerateForm") PasswordConfirmForm form,
            BindingResult result,
            RedirectAttributes redirect,
            Model model) {
        if (!me.twoFactorEnabled()) {
            return "redirect:/settings/two-factor";
        }
        List<String> codes = new ArrayList<>();
        if (!result.hasErrors()
                && passwordChecked(
                        result,
                        () -> codes.addAll(security.regenerateRecoveryCodes(me.id(), form.currentPassword())))) {
            redirect.addFlashAttribute(CODES_ATTRIBUTE, codes);
            redirect.addFlashAttribute("notice", "settings.recoveryCodes.regenerated");
            return "redirect:/settings/two-factor/recovery-codes";
        }
        return twoFactorStatus(me, model);
    }

    /** The codes arrive as a flash attribute: a reload or a later visit shows them no more. */
    @GetMapping("/settings/two-factor/recovery-codes")
    String recoveryCodes(Model model) {
        if (!model.containsAttribute(CODES_ATTRIBUTE)) {
            return "redirect:/settings/two-factor";
        }
        return "account/recovery-codes";
    }

    /** Adds only the forms not bound already, as replacing a bound form would drop its errors. */
    private String twoFactorStatus(CurrentAccount me, Model model) {
        model.addAttribute("remainingCodes", security.remainingRecoveryCodes(me.id()));
        for (String form : List.of("regenerateForm", "disableForm")) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, PasswordConfirmForm.empty());
            }
        }
        return "account/two-factor";
    }

    /** Keeps the secret across reloads, so an app that already scanned the code stays right. */
    private String twoFactorSetup(CurrentAccount me, HttpSession session, Model model) {
        PendingSetup pending = pendingSetup(me, session);
        if (pending == null) {
            pending = new PendingSetup(me.id(), security.beginTwoFactorSetup(me.id()));
            session.setAttribute(SETUP_ATTRIBUTE, pending);
        }
        model.addAttribute("setup", pending.setup());
        return "account/two-factor-setup";
    }

    private static PendingSetup pendingSetup(CurrentAccount me, HttpSession session) {
        return session.getAttribute(SETUP_ATTRIBUTE) instanceof PendingSetup pending && pending.accountId() == me.id()
                ? pending
                : null;
    }

    /**
     * Runs a change that checks the current password, turning a wrong password or too many
     * attempts into an error on the form.
     */
    private static boolean passwordChecked(BindingResult result, Runnable change) {
        try {
            change.run();
            return true;
        } catch (AccountSecurity.WrongPasswordException e) {
            result.rejectValue("currentPassword", e.messageKey());
        } catch (TooManyRequestsException e) {
            result.reject(e.messageKey());
        }
        return false;
    }
}
