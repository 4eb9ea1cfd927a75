package org.socialworkr.web.internal;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialworkr.common.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Errors of JSON endpoints as {@code {"error": "..."}} with the right status, never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ErrorResponses errors;
    private final MessageSource messages;

    ApiExceptionHandler(ErrorResponses errors, MessageSource messages) {
        this.errors = errors;
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, String>> refused(DomainException exception, Locale locale) {
        return body(errors.statusOf(exception), errors.messageOf(exception, locale));
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<Map<String, String>> invalid(BindException exception, Locale locale) {
        String details = exception.getFieldErrors().stream()
                .map(error -> error.getField() + ": " + messages.getMessage(error, locale))
                .collect(Collectors.joining("; "));
        return body(HttpStatus.UNPROCESSABLE_CONTENT, "Validation failed: " + details);
    }

    @ExceptionHandler({
        HttpMessageNotReadableException.class,
        MissingServletRequestParameterException.class,
        MethodArgumentTypeMismatchException.class,
        HandlerMethodValidationException.class
    })
    ResponseEntity<Map<String, String>> unreadable(Exception exception, Locale locale) {
        return body(HttpStatus.BAD_REQUEST, errors.messageOf(HttpStatus.BAD_REQUEST, locale));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, String>> wrongMethod(Exception exception, Locale locale) {
        return body(HttpStatus.METHOD_NOT_ALLOWED, errors.messageOf(HttpStatus.METHOD_NOT_ALLOWED, locale));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> wrongMediaType(Exception exception, Locale locale) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, errors.messageOf(HttpStatus.UNSUPPORTED_MEDIA_TYPE, locale));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(Exception exception, Locale locale) {
        return body(HttpStatus.CONTENT_TOO_LARGE, errors.messageOf(HttpStatus.CONTENT_TOO_LARGE, locale));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception exception, Locale locale) {
        log.error("Unexpected error in an API request", exception);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, errors.messageOf(HttpStatus.INTERNAL_SERVER_ERROR, locale));
    }

    private static ResponseEntity<Map<String, String>> body(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
