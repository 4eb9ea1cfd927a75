package org.socialworkr.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.DomainException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of pages, and of requests no controller took (an unknown address): the shared error
 * page, or JSON under {@code /api/}. JSON controllers have {@link ApiExceptionHandler} first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final ErrorResponses errors;

    PageExceptionHandler(ErrorResponses errors) {
        this.errors = errors;
    }

    @ExceptionHandler(DomainException.class)
    Object refused(
            DomainException exception,
            HttpServletRequest request,
            HttpServletResponse response,
            CurrentAccount currentAccount,
            Locale locale) {
        return errors.respond(exception, new ErrorResponses.ErrorContext(request, response, currentAccount, locale));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    Object badRequest(
            HttpServletRequest request, HttpServletResponse response, CurrentAccount currentAccount, Locale locale) {
        return errors.respond(
                HttpStatus.BAD_REQUEST, new ErrorResponses.ErrorContext(request, response, currentAccount, locale));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(
            HttpServletRequest request, HttpServletResponse response, CurrentAccount currentAccount, Locale locale) {
        return errors.respond(
                HttpStatus.NOT_FOUND, new ErrorResponses.ErrorContext(request, response, currentAccount, locale));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object wrongMethod(
            HttpServletRequest request, HttpServletResponse response, CurrentAccount currentAccount, Locale locale) {
        return errors.respond(
                HttpStatus.METHOD_NOT_ALLOWED,
                new ErrorResponses.ErrorContext(request, response, currentAccount, locale));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(
            HttpServletRequest request, HttpServletResponse response, CurrentAccount currentAccount, Locale locale) {
        return errors.respond(
                HttpStatus.CONTENT_TOO_LARGE,
                new ErrorResponses.ErrorContext(request, response, currentAccount, locale));
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(
            Exception exception,
            HttpServletRequest request,
            HttpServletResponse response,
            CurrentAccount currentAccount,
            Locale locale)
            throws Exception {
        if (exception instanceof AccessDeniedException || exception instanceof AuthenticationException) {
            throw exception; // Spring Security turns these into a login redirect or a 403
        }
        log.error("Unexpected error while answering {}", request.getRequestURI(), exception);
        return errors.respond(
                HttpStatus.INTERNAL_SERVER_ERROR,
                new ErrorResponses.ErrorContext(request, response, currentAccount, locale));
    }
}
