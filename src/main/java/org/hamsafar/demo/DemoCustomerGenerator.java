package org.hamsafar.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.hamsafar.customers.ConsentChange;
import org.hamsafar.customers.CustomerAttributes;
import org.hamsafar.customers.CustomerIdentity;
import org.hamsafar.customers.IdentityKind;
import org.hamsafar.customers.IdentityNormalizer;
import org.hamsafar.customers.NewCustomer;
import org.hamsafar.shared.Channel;

/**
 * Generates the demo company's customers. Customer {@code i} depends only on the seed and {@code i},
 * so any range of customers can be made independently (the benchmarks make a million in chunks) and
 * every run with the same seed makes the same people.
 */
final class DemoCustomerGenerator {
    /** Cities with one of the demo company's stores. */
    static final Set<String> STORE_CITIES = Set.of("تهران", "مشهد", "اصفهان", "شیراز", "تبریز", "کرج");
    private static final String[] MOBILE_PREFIXES = {"912", "919", "935", "936", "901", "902", "921", "938"};

    private final long seed;
    private final Instant now;
    private final int historyDays;

    DemoCustomerGenerator(long seed, Instant now, int historyDays) {
        this.seed = seed;
        this.now = now;
        this.historyDays = historyDays;
    }

    static SplittableRandom randomFor(long seed, int index, long stream) {
        // Mixes seed, index and stream so that neighbouring customers get unrelated sequences.
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + stream);
    }

    DemoCustomer generate(int index) {
        SplittableRandom random = randomFor(seed, index, 1);
        boolean international = random.nextDouble() < 0.08;
        boolean woman = random.nextDouble() < 0.52;
        DemoNames.Name first = pick(random, international
                ? (woman ? DemoNames.INTERNATIONAL_WOMEN : DemoNames.INTERNATIONAL_MEN)
                : (woman ? DemoNames.IRANIAN_WOMEN : DemoNames.IRANIAN_MEN));
        DemoNames.Name last = pick(random, international ? DemoNames.INTERNATIONAL_SURNAMES : DemoNames.IRANIAN_SURNAMES);
        DemoNames.Place place = weighted(random, international ? DemoNames.INTERNATIONAL_PLACES : DemoNames.IRANIAN_PLACES);
        int age = (int) Math.round(Math.min(80, Math.max(16, 33 + random.nextGaussian() * 11)));
        int birthYear = now.atZone(ZoneOffset.UTC).getYear() - age;
        String education = DemoNames.EDUCATION.get(Math.min(DemoNames.EDUCATION.size() - 1,
                Math.max(0, (int) Math.round(3.6 + random.nextGaussian() * 1.4))));
        String occupation = age < 24 && random.nextDouble() < 0.6 ? "student"
                : age > 62 && random.nextDouble() < 0.7 ? "retired" : pick(random, DemoNames.OCCUPATIONS);
        int incomeLevel = Math.min(4, Math.max(0, (int) Math.round(1.8 + random.nextGaussian()
                + (DemoNames.EDUCATION.indexOf(education) - 3) * 0.35 + (international ? 1 : 0))));
        List<String> interests = distinct(random, DemoNames.INTERESTS, 1 + random.nextInt(4));
        List<String> values = distinct(random, DemoNames.VALUES, 1 + random.nextInt(2));
        List<String> lifestyle = distinct(random, DemoNames.LIFESTYLES, random.nextInt(3));
        String language = international && random.nextDouble() < 0.8 ? "en" : "fa";
        CustomerAttributes attributes = new CustomerAttributes(first.native_(), last.native_(), birthYear,
                woman ? "female" : "male", place.city(), place.province(), place.country(), language, occupation,
                education, DemoNames.INCOME_BANDS.get(incomeLevel), interests, values, lifestyle);

        List<CustomerIdentity> identities = new ArrayList<>();
        identities.add(new CustomerIdentity(IdentityKind.EXTERNAL_ID, String.format("C%07d", index + 1)));
        if (random.nextDouble() < 0.85) {
            String domain = pick(random, international ? DemoNames.EMAIL_DOMAINS_INTL : DemoNames.EMAIL_DOMAINS_IR);
            String email = first.latin() + "." + last.latin() + (index + 1) + "@" + domain;
            // Some channels send e-mails with capitals and spaces; they must normalise to one identity.
            String raw = random.nextDouble() < 0.2 ? " " + email.toUpperCase() + " " : email;
            IdentityNormalizer.normalize(IdentityKind.EMAIL, raw).ifPresent(identities::add);
        }
        if (!international || random.nextDouble() < 0.3) {
            IdentityNormalizer.normalize(IdentityKind.PHONE, rawIranianMobile(random, index)).ifPresent(identities::add);
        }
        if (random.nextDouble() < 0.6) {
            identities.add(new CustomerIdentity(IdentityKind.ANONYMOUS_ID, "anon-" + Long.toHexString(random.nextLong())));
        }

        Instant since = now.minus(Duration.ofMinutes((long) (random.nextDouble() * historyDays * 24 * 60)));
        double sessionsPerMonth = Math.exp(0.4 + random.nextGaussian() * 0.8);
        double appAffinity = Math.min(0.95, Math.max(0.05, 0.75 - (age - 25) * 0.012 + random.nextGaussian() * 0.15));
        boolean nearStore = !international && STORE_CITIES.contains(place.city()) && random.nextDouble() < 0.55;
        return new DemoCustomer(index, new NewCustomer(identities, attributes, since, consent(random, identities, since)), since,
                sessionsPerMonth,
                appAffinity, nearStore, random.nextDouble(), language);
    }

    /** Consent as customers give it at sign-up: most allow service messages, fewer marketing. */
    private static List<ConsentChange> consent(SplittableRandom random, List<CustomerIdentity> identities, Instant since) {
        List<ConsentChange> consent = new ArrayList<>();
        Instant signUp = since.plus(Duration.ofMinutes(random.nextInt(60)));
        boolean email = identities.stream().anyMatch(i -> i.kind() == IdentityKind.EMAIL);
        boolean phone = identities.stream().anyMatch(i -> i.kind() == IdentityKind.PHONE);
        if (email) {
            consent.add(new ConsentChange(Channel.EMAIL, "marketing", random.nextDouble() < 0.6, signUp, "signup_form"));
            consent.add(new ConsentChange(Channel.EMAIL, "surveys", random.nextDouble() < 0.7, signUp, "signup_form"));
        }
        if (phone) {
            consent.add(new ConsentChange(Channel.SMS, "service", random.nextDouble() < 0.92, signUp, "signup_form"));
            consent.add(new ConsentChange(Channel.SMS, "marketing", random.nextDouble() < 0.45, signUp, "signup_form"));
        }
        return consent;
    }

    /** An Iranian mobile number written the way real forms arrive: 0912..., +98..., 0098..., or in Persian digits. */
    private static String rawIranianMobile(SplittableRandom random, int index) {
        // Unique per index: 7919 is coprime with 10^7, so the multiplication permutes the numbers.
        String subscriber = MOBILE_PREFIXES[index % MOBILE_PREFIXES.length]
                + String.format("%07d", (index / MOBILE_PREFIXES.length) * 7919L % 10_000_000L);
        double style = random.nextDouble();
        if (style < 0.5) {
            return "0" + subscriber;
        }
        if (style < 0.7) {
            return "+98" + subscriber;
        }
        if (style < 0.8) {
            return "0098 " + subscriber.substring(0, 3) + " " + subscriber.substring(3);
        }
        StringBuilder persian = new StringBuilder("۰");
        for (char c : subscriber.toCharArray()) {
            persian.append((char) ('۰' + (c - '0')));
        }
        return persian.toString();
    }

    private static List<String> distinct(SplittableRandom random, List<String> values, int count) {
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < Math.min(count, values.size())) {
            String value = pick(random, values);
            if (!chosen.contains(value)) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static DemoNames.Place weighted(SplittableRandom random, List<DemoNames.Place> places) {
        int total = places.stream().mapToInt(DemoNames.Place::weight).sum();
        int ticket = random.nextInt(total);
        for (DemoNames.Place place : places) {
            ticket -= place.weight();
            if (ticket < 0) {
                return place;
            }
        }
        return places.get(places.size() - 1);
    }
}
