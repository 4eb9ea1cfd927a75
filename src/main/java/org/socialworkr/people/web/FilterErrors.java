package org.socialworkr.people.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Readable messages for filters that could not be used, keyed by the form control's name. An
 * unknown taxonomy value gets "choose from the list" rather than a conversion error's text.
 */
final class FilterErrors {

    private FilterErrors() {}

    static Map<String, String> of(BindingResult result, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            String name = controlName(error.getField());
            String message = error.isBindingFailure()
                    ? messages.getMessage("people.validation.choose", null, locale)
                    : messages.getMessage(error, locale);
            errors.putIfAbsent(name, message);
        }
        if (errors.isEmpty() && result.hasGlobalErrors()) {
            errors.put("q", messages.getMessage("error.status.400", null, locale));
        }
        return errors;
    }

    /** Binding failures are named after the request parameter, validation errors after the record component. */
    private static String controlName(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
