package org.socialworkr.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.DomainException;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.common.NotFoundException;
import org.socialworkr.common.TooManyRequestsException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * One mapping from refusals to statuses and readable sentences, and one way to answer them:
 * {@code {"error": "..."}} under {@code /api/}, the shared error page everywhere else.
 */
@Component
class ErrorResponses {

    private final MessageSource messages;
    private final LayoutModel layout;

    ErrorResponses(MessageSource messages, LayoutModel layout) {
        this.messages = messages;
        this.layout = layout;
    }

    /** The request an error answers, for its format, layout and language. */
    record ErrorContext(
            HttpServletRequest request, HttpServletResponse response, CurrentAccount currentAccount, Locale locale) {}

    HttpStatus statusOf(DomainException exception) {
        if (exception instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (exception instanceof NotAllowedException) {
            return HttpStatus.FORBIDDEN;
        }
        if (exception instanceof TooManyRequestsException) {
            return HttpStatus.TOO_MANY_REQUESTS;
        }
        if (exception instanceof InvalidRequestException) {
            return HttpStatus.BAD_REQUEST;
        }
        return HttpStatus.BAD_REQUEST;
    }

    String messageOf(DomainException exception, Locale locale) {
        return messages.getMessage(
                exception.messageKey(), exception.messageArguments(), exception.messageKey(), locale);
    }

    /** The fixed sentence for a status, for errors that carry no message of their own. */
    String messageOf(HttpStatus status, Locale locale) {
        return messages.getMessage("error.status." + status.value(), null, status.getReasonPhrase(), locale);
    }

    Object respond(DomainException exception, ErrorContext context) {
        return respond(statusOf(exception), messageOf(exception, context.locale()), context);
    }

    Object respond(HttpStatus status, ErrorContext context) {
        return respond(status, messageOf(status, context.locale()), context);
    }

    Object respond(HttpStatus status, String message, ErrorContext context) {
        if (isApi(context.request())) {
            return ResponseEntity.status(status).body(Map.of("error", message));
        }
        context.response().setStatus(status.value());
        ModelAndView page = new ModelAndView("error/error");
        page.setStatus(status);
        page.addAllObjects(layout.attributes(context.currentAccount(), context.request()));
        page.addObject("status", status.value());
        page.addObject("heading", heading(status, context.locale()));
        page.addObject("message", message);
        return page;
    }

    private String heading(HttpStatus status, Locale locale) {
        String fallback = messages.getMessage("error.page.heading", null, locale);
        return messages.getMessage("error.page.heading." + status.value(), null, fallback, locale);
    }

    /** Also for error dispatches, where the original address is kept in a request attribute. */
    static boolean isApi(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        return path.startsWith(request.getContextPath() + "/api/");
    }
}
