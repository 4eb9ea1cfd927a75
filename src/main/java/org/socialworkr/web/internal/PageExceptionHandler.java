package org.socialworkr.web.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialworkr.common.DomainException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Errors of pages as the shared error page: a status, a plain sentence, a way back. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final ErrorResponses errors;

    PageExceptionHandler(ErrorResponses errors) {
        this.errors = errors;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException exception, HttpServletResponse response, Locale locale) {
        return errors.page(errors.statusOf(exception), errors.messageOf(exception, locale), response, locale);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView badRequest(Exception exception, HttpServletResponse response, Locale locale) {
        return errors.page(HttpStatus.BAD_REQUEST, errors.messageOf(HttpStatus.BAD_REQUEST, locale), response, locale);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView notFound(Exception exception, HttpServletResponse response, Locale locale) {
        return errors.page(HttpStatus.NOT_FOUND, errors.messageOf(HttpStatus.NOT_FOUND, locale), response, locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView wrongMethod(Exception exception, HttpServletResponse response, Locale locale) {
        return errors.page(HttpStatus.METHOD_NOT_ALLOWED, errors.messageOf(HttpStatus.METHOD_NOT_ALLOWED, locale), response, locale);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(Exception exception, HttpServletResponse response, Locale locale) {
        return errors.page(HttpStatus.CONTENT_TOO_LARGE, errors.messageOf(HttpStatus.CONTENT_TOO_LARGE, locale), response, locale);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception exception, HttpServletResponse response, Locale locale)
            throws Exception {
        if (exception instanceof org.springframework.security.access.AccessDeniedException
                || exception instanceof org.springframework.security.core.AuthenticationException) {
            throw exception; // Spring Security turns these into a login redirect or a 403
        }
        log.error("Unexpected error while rendering a page", exception);
        return errors.page(
                HttpStatus.INTERNAL_SERVER_ERROR, errors.messageOf(HttpStatus.INTERNAL_SERVER_ERROR, locale), response, locale);
    }

}
