package org.socialworkr.account.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.account.internal.PendingLogins;
import org.socialworkr.account.internal.TwoFactorLogin;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The login page (Spring Security handles its POST) and the two-factor step after it. */
@Controller
class LoginController {

    private final PendingLogins pendingLogins;
    private final TwoFactorLogin twoFactorLogin;

    LoginController(PendingLogins pendingLogins, TwoFactorLogin twoFactorLogin) {
        this.pendingLogins = pendingLogins;
        this.twoFactorLogin = twoFactorLogin;
    }

    @GetMapping("/login")
    String login(CurrentAccount currentAccount) {
        return currentAccount == null ? "account/login" : "redirect:/";
    }

    @GetMapping("/login/two-factor")
    String twoFactorForm(HttpServletRequest request, Model model) {
        if (pendingLogins.pendingAccountId(request).isEmpty()) {
            return "redirect:/login?expired";
        }
        model.addAttribute("form", CodeForm.empty());
        return "account/two-factor-login";
    }

    @PostMapping("/login/two-factor")
    String twoFactor(
            @Valid @ModelAttribute("form") CodeForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException, ServletException {
        var pending = pendingLogins.pendingAccountId(request);
        if (pending.isEmpty()) {
            return "redirect:/login?expired";
        }
        if (!result.hasErrors()) {
            if (twoFactorLogin.verify(pending.get(), form.code())) {
                pendingLogins.complete(pending.get(), request, response);
                return null;
            }
            result.rejectValue("code", "twoFactorLogin.error.wrongCode");
        }
        return "account/two-factor-login";
    }

    @PostMapping("/login/two-factor/cancel")
    String cancel(HttpServletRequest request) {
        pendingLogins.abandon(request);
        return "redirect:/login";
    }
}
