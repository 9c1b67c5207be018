package org.hamsafar.customers;

import java.util.List;

/**
 * Demographic and psychographic facts of a customer. Every field may be null (unknown).
 * {@code country} is ISO 3166-1 alpha-2; {@code language} is fa or en (or another ISO 639-1 code).
 */
public record CustomerAttributes(String firstName, String lastName, Integer birthYear, String gender,
                                 String city, String province, String country, String language,
                                 String occupation, String education, String incomeBand, List<String> interests) {
    public CustomerAttributes {
        interests = interests == null ? List.of() : List.copyOf(interests);
    }

    public String fullName() {
        String first = firstName == null ? "" : firstName;
        String last = lastName == null ? "" : lastName;
        return (first + " " + last).strip();
    }
}
