package org.socialworkr.people.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.web.NavigationItem;
import org.socialworkr.people.PeopleDirectory;
import org.socialworkr.profile.Credential;
import org.socialworkr.profile.DirectoryPage;
import org.socialworkr.profile.DirectoryQuery;
import org.socialworkr.profile.Modality;
import org.socialworkr.profile.Population;
import org.socialworkr.profile.PracticeArea;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The people directory page, for members only (no public path): members' region, agency and
 * school are mostly shown to members, and a public directory would invite scraping. A plain GET
 * form, so search, filters and paging work without JavaScript and every result page has an address.
 */
@Controller
class PeopleController {

    static final int SUGGESTIONS = 6;

    private final PeopleDirectory people;
    private final ReasonTexts reasons;
    private final MessageSource messages;

    PeopleController(PeopleDirectory people, ReasonTexts reasons, MessageSource messages) {
        this.people = people;
        this.reasons = reasons;
        this.messages = messages;
    }

    @GetMapping("/people")
    String people(
            @Valid @ModelAttribute("search") PeopleSearchForm form,
            BindingResult result,
            CurrentAccount currentAccount,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        addOptions(model);
        if (result.hasErrors()) {
            // The form is shown again with what went wrong; the values that could not be read are left out.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("search", form == null ? PeopleSearchForm.empty() : form);
            model.addAttribute("filterErrors", FilterErrors.of(result, messages, locale));
            return "people/index";
        }
        DirectoryQuery query = form.toQuery();
        DirectoryPage page = people.search(currentAccount.id(), query, form.pageNumber());
        model.addAttribute("search", form);
        model.addAttribute("filtered", !query.isEmpty());
        model.addAttribute("results", page);
        model.addAttribute("previousUrl", page.page() > 1 ? form.pageUrl("/people", page.page() - 1) : null);
        model.addAttribute("nextUrl", page.hasNext() ? form.pageUrl("/people", page.page() + 1) : null);
        if (query.isEmpty() && page.page() == 1) {
            model.addAttribute(
                    "suggestions",
                    people.suggestions(currentAccount.id(), SUGGESTIONS).stream()
                            .map(suggestion -> new SuggestionCard(suggestion.person(), reasons.of(suggestion, locale)))
                            .toList());
        }
        return "people/index";
    }

    private static void addOptions(Model model) {
        model.addAttribute("practiceAreaOptions", PracticeArea.values());
        model.addAttribute("modalityOptions", Modality.values());
        model.addAttribute("populationOptions", Population.values());
        model.addAttribute("credentialOptions", Credential.values());
    }

    @Bean
    static NavigationItem peopleNavigation() {
        return new NavigationItem("nav.people", "/people", 10, true);
    }
}
