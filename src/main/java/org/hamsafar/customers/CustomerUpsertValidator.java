package org.hamsafar.customers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.springframework.stereotype.Component;

/**
 * Checks an upsert request field by field and turns it into a {@link CustomerUpsert}: identities
 * normalised, codes in their canonical case, limits enforced (documented in README.md).
 */
@Component
public class CustomerUpsertValidator {
    static final int MAX_TAGS = 50;
    static final int MAX_CUSTOM = 100;
    private final Clock clock;

    CustomerUpsertValidator(Clock clock) {
        this.clock = clock;
    }

    /** The upsert, or an {@link InvalidInputException} naming every bad field. */
    public CustomerUpsert validate(CustomerUpsertRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null) {
            throw InvalidInputException.of("body", "is required");
        }
        List<CustomerIdentity> identities = identities(request.identities(), problems);
        CustomerUpsertRequest.Attributes a = request.attributes() == null
                ? new CustomerUpsertRequest.Attributes(null, null, null, null, null, null, null, null, null, null, null, null)
                : request.attributes();
        CustomerUpsertRequest.Psychographics p = request.psychographics() == null
                ? new CustomerUpsertRequest.Psychographics(null, null, null) : request.psychographics();
        int thisYear = clock.instant().atZone(ZoneOffset.UTC).getYear();
        if (a.birthYear() != null && (a.birthYear() < 1900 || a.birthYear() > thisYear)) {
            problems.add(new FieldProblem("attributes.birthYear", "must be between 1900 and " + thisYear));
        }
        String country = a.country() == null || a.country().isBlank() ? null : a.country().strip().toUpperCase(Locale.ROOT);
        if (country != null && !country.matches("[A-Z]{2}")) {
            problems.add(new FieldProblem("attributes.country", "must be an ISO 3166 two-letter code such as IR or DE"));
        }
        String language = a.language() == null || a.language().isBlank() ? null : a.language().strip().toLowerCase(Locale.ROOT);
        if (language != null && !language.matches("[a-z]{2,3}")) {
            problems.add(new FieldProblem("attributes.language", "must be an ISO 639 code such as fa or en"));
        }
        String gender = code(a.gender(), "attributes.gender", 16, problems);
        CustomerAttributes attributes = new CustomerAttributes(
                text(a.firstName(), "attributes.firstName", 100, problems), text(a.lastName(), "attributes.lastName", 100, problems),
                a.birthYear(), gender, text(a.city(), "attributes.city", 100, problems),
                text(a.province(), "attributes.province", 100, problems), country, language,
                text(a.occupation(), "attributes.occupation", 100, problems), code(a.education(), "attributes.education", 32, problems),
                code(a.incomeBand(), "attributes.incomeBand", 32, problems),
                tags(p.interests(), "psychographics.interests", problems), tags(p.values(), "psychographics.values", problems),
                tags(p.lifestyle(), "psychographics.lifestyle", problems));
        Map<String, String> custom = custom(a.custom(), problems);
        String source = request.source() == null || request.source().isBlank() ? "api" : request.source().strip();
        if (!Keys.isKey(source)) {
            problems.add(new FieldProblem("source", "must be a key such as crm or web_form"));
        }
        List<ConsentChange> consent = consent(request.consent(), source, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CustomerUpsert(identities, attributes, custom, consent, source);
    }

    private static List<CustomerIdentity> identities(CustomerUpsertRequest.Identities input, List<FieldProblem> problems) {
        List<CustomerIdentity> identities = new ArrayList<>();
        if (input != null) {
            identity(input.externalId(), IdentityKind.EXTERNAL_ID, "identities.externalId", identities, problems);
            identity(input.email(), IdentityKind.EMAIL, "identities.email", identities, problems);
            identity(input.phone(), IdentityKind.PHONE, "identities.phone", identities, problems);
            identity(input.anonymousId(), IdentityKind.ANONYMOUS_ID, "identities.anonymousId", identities, problems);
        }
        if (identities.isEmpty() && problems.stream().noneMatch(p -> p.field().startsWith("identities"))) {
            problems.add(new FieldProblem("identities", "needs at least one of externalId, email, phone, anonymousId"));
        }
        return identities;
    }

    private static void identity(String raw, IdentityKind kind, String field, List<CustomerIdentity> into,
                                 List<FieldProblem> problems) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        if (raw.indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem(field, "must not contain null characters"));
            return;
        }
        Optional<CustomerIdentity> identity = IdentityNormalizer.normalize(kind, raw);
        identity.ifPresentOrElse(into::add, () -> problems.add(new FieldProblem(field, IdentityNormalizer.invalidMessage(kind))));
    }

    private static String text(String value, String field, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
            return null;
        }
        if (stripped.indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem(field, "must not contain null characters"));
            return null;
        }
        return stripped;
    }

    private static String code(String value, String field, int max, List<FieldProblem> problems) {
        String text = text(value, field, max, problems);
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT).replace(' ', '_');
        if (!Keys.isKey(lower)) {
            problems.add(new FieldProblem(field, "must be a code of letters, digits and '_' (e.g. female, bachelor, upper_middle)"));
            return null;
        }
        return lower;
    }

    private static List<String> tags(List<String> values, String field, List<FieldProblem> problems) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_TAGS) {
            problems.add(new FieldProblem(field, "must have at most " + MAX_TAGS + " entries"));
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String tag = code(values.get(i), field + "[" + i + "]", 64, problems);
            if (tag != null && !tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private static Map<String, String> custom(Map<String, String> custom, List<FieldProblem> problems) {
        Map<String, String> result = new LinkedHashMap<>();
        if (custom == null) {
            return result;
        }
        if (custom.size() > MAX_CUSTOM) {
            problems.add(new FieldProblem("attributes.custom", "must have at most " + MAX_CUSTOM + " keys"));
            return result;
        }
        custom.forEach((key, value) -> {
            String field = "attributes.custom." + key;
            if (!Keys.isCustomName(key)) {
                problems.add(new FieldProblem(field, "key must start with a letter and have at most 64 letters, digits, '_', '.' or '-'"));
            } else {
                String text = text(value, field, 1000, problems);
                if (text != null) {
                    result.put(key, text);
                }
            }
        });
        return result;
    }

    private List<ConsentChange> consent(List<CustomerUpsertRequest.Consent> input, String source, List<FieldProblem> problems) {
        List<ConsentChange> changes = new ArrayList<>();
        if (input == null) {
            return changes;
        }
        Instant latest = clock.instant().plus(Duration.ofHours(24));
        for (int i = 0; i < input.size(); i++) {
            CustomerUpsertRequest.Consent c = input.get(i);
            String field = "consent[" + i + "]";
            if (c == null) {
                problems.add(new FieldProblem(field, "must be an object"));
                continue;
            }
            Optional<Channel> channel = Channel.fromKey(c.channel() == null ? "" : c.channel());
            if (channel.isEmpty()) {
                problems.add(new FieldProblem(field + ".channel", "must be one of web, app, email, sms, phone, chat, social, store, other"));
            }
            String purpose = c.purpose() == null ? null : c.purpose().strip();
            if (purpose == null || !Keys.isKey(purpose)) {
                problems.add(new FieldProblem(field + ".purpose", "must be a key such as marketing, service or surveys"));
            }
            if (c.granted() == null) {
                problems.add(new FieldProblem(field + ".granted", "is required (true or false)"));
            }
            Instant at = c.at() == null ? null : c.at().toInstant();
            if (at != null && at.isAfter(latest)) {
                problems.add(new FieldProblem(field + ".at", "must not be more than 24 hours in the future"));
            }
            String consentSource = c.source() == null || c.source().isBlank() ? source : c.source().strip();
            if (!Keys.isKey(consentSource)) {
                problems.add(new FieldProblem(field + ".source", "must be a key such as web_form or call_center"));
            }
            if (channel.isPresent() && purpose != null && Keys.isKey(purpose) && c.granted() != null) {
                changes.add(new ConsentChange(channel.get(), purpose, c.granted(), at, consentSource));
            }
        }
        return changes;
    }
}
