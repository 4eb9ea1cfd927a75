package org.socialworkr.web.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.socialworkr.common.DomainException;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.common.NotFoundException;
import org.socialworkr.common.TooManyRequestsException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** One mapping from refusals to statuses and readable sentences, shared by pages and the API. */
@Component
class ErrorResponses {

    private final MessageSource messages;

    ErrorResponses(MessageSource messages) {
        this.messages = messages;
    }

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
        return messages.getMessage(exception.messageKey(), exception.messageArguments(), exception.messageKey(), locale);
    }

    /** The shared error page with a heading for the status and the given sentence. */
    ModelAndView page(HttpStatus status, String message, HttpServletResponse response, Locale locale) {
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error/error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject(
                "heading",
                messages.getMessage("error.page.heading." + status.value(), null,
                        messages.getMessage("error.page.heading", null, locale), locale));
        page.addObject("message", message);
        return page;
    }

    /** The fixed sentence for a status, for errors that carry no message of their own. */
    String messageOf(HttpStatus status, Locale locale) {
        return messages.getMessage("error.status." + status.value(), null, status.getReasonPhrase(), locale);
    }
}
