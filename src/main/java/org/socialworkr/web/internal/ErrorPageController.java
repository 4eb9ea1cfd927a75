package org.socialworkr.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.socialworkr.account.CurrentAccount;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Errors the servlet container raises before a controller runs, such as a body too large. */
@Controller
class ErrorPageController implements ErrorController {

    private final ErrorResponses errors;

    ErrorPageController(ErrorResponses errors) {
        this.errors = errors;
    }

    @RequestMapping("/error")
    Object error(
            HttpServletRequest request, HttpServletResponse response, CurrentAccount currentAccount, Locale locale) {
        return errors.respond(
                statusOf(request), new ErrorResponses.ErrorContext(request, response, currentAccount, locale));
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
