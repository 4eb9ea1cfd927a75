package org.socialworkr.people.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.InstanceProperties;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.people.PeopleDirectory;
import org.socialworkr.profile.DirectoryEntry;
import org.socialworkr.profile.DirectoryPage;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The directory and suggestions as JSON for members; visitors get 401 from the security configuration. */
@RestController
@RequestMapping("/api/v1/people")
class PeopleApiController {

    private final PeopleDirectory people;
    private final ReasonTexts reasons;
    private final MessageSource messages;
    private final InstanceProperties instance;

    PeopleApiController(
            PeopleDirectory people, ReasonTexts reasons, MessageSource messages, InstanceProperties instance) {
        this.people = people;
        this.reasons = reasons;
        this.messages = messages;
        this.instance = instance;
    }

    @GetMapping
    PeopleJson.Page search(
            @Valid @ModelAttribute PeopleSearchForm form,
            BindingResult result,
            CurrentAccount currentAccount,
            Locale locale) {
        if (result.hasErrors()) {
            String details = FilterErrors.of(result, messages, locale).entrySet().stream()
                    .map(error -> error.getKey() + ": " + error.getValue())
                    .collect(Collectors.joining("; "));
            throw new InvalidRequestException("people.error.api", details);
        }
        DirectoryPage page = people.search(currentAccount.id(), form.toQuery(), form.pageNumber());
        return new PeopleJson.Page(
                page.entries().stream().map(this::person).toList(),
                page.page(),
                page.hasNext() ? page.page() + 1 : null);
    }

    @GetMapping("/suggestions")
    List<PeopleJson.Suggestion> suggestions(CurrentAccount currentAccount, Locale locale) {
        return people.suggestions(currentAccount.id(), PeopleController.SUGGESTIONS).stream()
                .map(suggestion -> new PeopleJson.Suggestion(
                        person(suggestion.person()),
                        suggestion.reasons().stream()
                                .map(reason -> new PeopleJson.Reason(
                                        reason.kind().name().toLowerCase(Locale.ROOT), reasons.text(reason, locale)))
                                .toList()))
                .toList();
    }

    private PeopleJson.Person person(DirectoryEntry entry) {
        return PeopleJson.Person.of(
                entry,
                instance.absoluteUrl("/@" + entry.username()),
                entry.smallAvatarUrl() == null ? null : instance.absoluteUrl(entry.smallAvatarUrl()));
    }
}
