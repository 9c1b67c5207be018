package org.hamsafar.journeys.personas;

/**
 * Who a persona is. {@code ageRange} is {@code "25-34"} or {@code "65+"} (ages 0 to 120); the
 * others are free texts of at most 120 characters. Every field is optional (null).
 */
public record Demographics(String ageRange, String gender, String occupation, String education, String income, String location) {
    public static final Demographics NONE = new Demographics(null, null, null, null, null, null);
}
