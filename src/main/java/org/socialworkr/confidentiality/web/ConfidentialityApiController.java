package org.socialworkr.confidentiality.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.socialworkr.confidentiality.ConfidentialityGuard;
import org.socialworkr.confidentiality.Finding;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checks a draft as the author types, for members only (like every path not declared public).
 * Nothing is stored or logged: the draft may hold exactly what must not leak. Kinds are
 * lower snake case ({@code client_name}), offsets are Java {@code char} indexes, end exclusive,
 * which are the UTF-16 indexes JavaScript strings use.
 */
@RestController
class ConfidentialityApiController {

    private final ConfidentialityGuard guard;

    ConfidentialityApiController(ConfidentialityGuard guard) {
        this.guard = guard;
    }

    record CheckRequest(
            @NotNull(message = "{confidentiality.validation.textMissing}")
                    @Size(
                            max = ConfidentialityGuard.MAX_TEXT_LENGTH,
                            message = "{confidentiality.validation.textTooLong}")
                    String text) {}

    record FindingJson(String kind, int start, int end, String message) {

        static FindingJson of(Finding finding) {
            return new FindingJson(finding.kind().apiName(), finding.start(), finding.end(), finding.message());
        }
    }

    record CheckResponse(List<FindingJson> findings) {}

    @PostMapping("/api/v1/confidentiality/check")
    CheckResponse check(@Valid @RequestBody CheckRequest request, Locale locale) {
        return new CheckResponse(guard.check(request.text(), locale).stream()
                .map(FindingJson::of)
                .toList());
    }
}
