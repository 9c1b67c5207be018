package org.hamsafar.customers;

import java.util.List;

/**
 * Demographic and psychographic facts of a customer. Every field may be null or empty (unknown).
 * {@code country} is ISO 3166-1 alpha-2; {@code language} an ISO 639-1 code such as fa or en.
 * {@code interests}, {@code valueTags} and {@code lifestyleTags} are the psychographics.
 */
public record CustomerAttributes(String firstName, String lastName, Integer birthYear, String gender,
                                 String city, String province, String country, String language,
                                 String occupation, String education, String incomeBand, List<String> interests,
                                 List<String> valueTags, List<String> lifestyleTags) {
    public CustomerAttributes {
        interests = interests == null ? List.of() : List.copyOf(interests);
        valueTags = valueTags == null ? List.of() : List.copyOf(valueTags);
        lifestyleTags = lifestyleTags == null ? List.of() : List.copyOf(lifestyleTags);
    }

    public static final CustomerAttributes EMPTY = new CustomerAttributes(null, null, null, null, null, null, null,
            null, null, null, null, List.of(), List.of(), List.of());

    public String fullName() {
        String first = firstName == null ? "" : firstName;
        String last = lastName == null ? "" : lastName;
        return (first + " " + last).strip();
    }
}
