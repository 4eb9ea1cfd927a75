package org.socialworkr.people.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.socialworkr.profile.Credential;
import org.socialworkr.profile.DirectoryQuery;
import org.socialworkr.profile.Modality;
import org.socialworkr.profile.Population;
import org.socialworkr.profile.PracticeArea;
import org.socialworkr.profile.ProfileSearch;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The directory's filters as the page's form and the API's query string name them (snake_case,
 * like the rest of the JSON API). Taxonomy values are enum names; an unknown one is a binding
 * error, answered with 400 rather than silently ignored.
 */
record PeopleSearchForm(
        @Size(max = 100, message = "{people.validation.tooLong}") String q,
        @BindParam("practice_area") PracticeArea practiceArea,
        Modality modality,
        Population population,
        @Size(max = 80, message = "{people.validation.tooLong}") String city,
        @Size(max = 80, message = "{people.validation.tooLong}") String state,
        @Size(max = 80, message = "{people.validation.tooLong}") String country,
        @Size(max = DirectoryQuery.MAX_TEXT, message = "{people.validation.tooLong}") String agency,
        @Size(max = DirectoryQuery.MAX_TEXT, message = "{people.validation.tooLong}") String school,
        Credential credential,
        @BindParam("license_state") @Size(max = 40, message = "{people.validation.tooLong}") String licenseState,
        @Min(value = 1, message = "{people.validation.page}")
                @Max(value = ProfileSearch.MAX_PAGE, message = "{people.validation.page}")
                Integer page) {

    static PeopleSearchForm empty() {
        return new PeopleSearchForm(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    DirectoryQuery toQuery() {
        return new DirectoryQuery(
                q, practiceArea, modality, population, city, state, country, agency, school, credential, licenseState);
    }

    int pageNumber() {
        return page == null ? 1 : page;
    }

    /** The address of another page of the same search, with only the filters in use. */
    String pageUrl(String path, int number) {
        DirectoryQuery query = toQuery();
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        add(url, "q", query.name());
        add(url, "practice_area", practiceArea);
        add(url, "modality", modality);
        add(url, "population", population);
        add(url, "city", query.city());
        add(url, "state", query.stateOrProvince());
        add(url, "country", query.country());
        add(url, "agency", query.agency());
        add(url, "school", query.school());
        add(url, "credential", credential);
        add(url, "license_state", query.licenseState());
        if (number > 1) {
            url.queryParam("page", number);
        }
        return url.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, Object value) {
        if (value != null) {
            url.queryParam(name, value);
        }
    }
}
