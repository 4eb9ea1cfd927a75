package org.socialworkr.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors the servlet container raises before a controller runs (an unknown path, a body too
 * large): JSON under {@code /api/}, the error page elsewhere.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final ErrorResponses errors;

    ErrorPageController(ErrorResponses errors) {
        this.errors = errors;
    }

    @RequestMapping(value = "/error", produces = "application/json")
    ResponseEntity<Map<String, String>> json(HttpServletRequest request, Locale locale) {
        HttpStatus status = statusOf(request);
        return ResponseEntity.status(status).body(Map.of("error", errors.messageOf(status, locale)));
    }

    @RequestMapping("/error")
    Object page(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        HttpStatus status = statusOf(request);
        if (isApi(request)) {
            return json(request, locale);
        }
        return errors.page(status, errors.messageOf(status, locale), response, locale);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String path && path.startsWith(request.getContextPath() + "/api/");
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
