package org.socialworkr.profile;

/**
 * What a member looks for in the people directory. Every part is optional and the parts combine
 * with "and". A filter on a field matches only members who let the viewer see that field, so a
 * hidden field can never be probed by filtering on it.
 *
 * @param name part of the display name or username, in any case
 * @param city the whole city name, in any case (so "Boston" does not find "East Boston")
 * @param stateOrProvince the whole state or province, in any case
 * @param country the whole country, in any case
 * @param agency part of the agency's name, in any case ("NYU" finds "NYU Langone Health")
 * @param school part of a school's name, in any case
 * @param licenseState a state or province of license, in any case
 */
public record DirectoryQuery(
        String name,
        PracticeArea practiceArea,
        Modality modality,
        Population population,
        String city,
        String stateOrProvince,
        String country,
        String agency,
        String school,
        Credential credential,
        String licenseState) {

    /** The longest text a filter accepts; longer input is refused before it reaches the database. */
    public static final int MAX_TEXT = 120;

    public DirectoryQuery {
        name = clean(name);
        city = clean(city);
        stateOrProvince = clean(stateOrProvince);
        country = clean(country);
        agency = clean(agency);
        school = clean(school);
        licenseState = clean(licenseState);
    }

    public static DirectoryQuery everyone() {
        return new DirectoryQuery(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** No name and no filter: the whole directory. */
    public boolean isEmpty() {
        return equals(everyone());
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
