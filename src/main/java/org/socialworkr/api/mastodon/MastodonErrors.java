package org.socialworkr.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialworkr.chat.ChatConfidentialityException;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.confidentiality.Finding;
import org.socialworkr.post.ConfidentialityFindingsException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mastodon answers invalid input with 422 Unprocessable Entity, where SocialWorkr's own JSON
 * endpoints say 400; this resolver runs before the application-wide handlers, for this adapter's
 * controllers only. A text the confidentiality guard flags is refused with its findings spelled
 * out, so that a client without a findings view still tells the author why. Every other error
 * keeps the application's mapping ({@code {"error": "..."}} with 401, 403, 404, 429).
 */
@Component
class MastodonErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(MastodonErrors.class);

    private final MessageSource messages;
    private final JsonMapper json;

    MastodonErrors(MessageSource messages) {
        this.messages = messages;
        this.json = JsonMapper.builder().build();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception exception) {
        if (!isMastodon(handler)) {
            return null;
        }
        if (exception instanceof LoginRequiredException) {
            return write(response, HttpStatus.UNAUTHORIZED, exception.getMessage());
        }
        if (!(exception instanceof InvalidRequestException invalid)) {
            return null;
        }
        Locale locale = RequestContextUtils.getLocale(request);
        String message =
                messages.getMessage(invalid.messageKey(), invalid.messageArguments(), invalid.messageKey(), locale);
        List<Finding> findings = invalid instanceof ConfidentialityFindingsException refused
                ? refused.findings()
                : invalid instanceof ChatConfidentialityException refusedMessage
                        ? refusedMessage.findings()
                        : List.of();
        if (!findings.isEmpty()) {
            message = message + " "
                    + findings.stream()
                            .map(finding -> finding.message() + " ("
                                    + finding.kind().apiName() + " at " + finding.start() + "-" + finding.end() + ")")
                            .collect(Collectors.joining("; "));
        }
        return write(response, HttpStatus.UNPROCESSABLE_CONTENT, message);
    }

    private ModelAndView write(HttpServletResponse response, HttpStatus status, String message) {
        try {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(Map.of("error", message)));
            return new ModelAndView();
        } catch (IOException e) {
            log.debug("Could not write an error response", e);
            return null;
        }
    }

    private static boolean isMastodon(Object handler) {
        return handler instanceof HandlerMethod method
                && method.getBeanType().getPackageName().startsWith("org.socialworkr.api.mastodon");
    }
}
