package org.hamsafar.journeys.personas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;

/**
 * Checks a persona draft and gives its stored form: texts stripped and folded, the age range as
 * {@code "25-34"} or {@code "65+"} with Latin digits, the photo derived from the name when absent,
 * channel keys checked. Limits: name 1-{@value #MAX_NAME}, demographic texts {@value #MAX_DEMOGRAPHIC},
 * quote {@value #MAX_QUOTE} characters; lists {@value #MAX_ITEMS} items of {@value #MAX_ITEM} characters.
 */
final class PersonaRules {
    static final int MAX_NAME = 120;
    static final int MAX_DEMOGRAPHIC = 120;
    static final int MAX_QUOTE = 1000;
    static final int MAX_ITEMS = 50;
    static final int MAX_ITEM = 500;
    static final int MAX_AGE = 120;
    private static final Pattern AGE_SPAN = Pattern.compile("(\\d{1,3})\\s*[-–—]\\s*(\\d{1,3})");
    private static final Pattern AGE_FROM = Pattern.compile("(\\d{1,3})\\s*\\+");
    private static final String AGE_RULE = "must be a range of ages such as \"25-34\" or \"65+\" (0 to " + MAX_AGE + ")";

    private PersonaRules() {
    }

    /** The draft's stored form; throws naming every problem under {@code parent} (empty at the top). */
    static PersonaDraft check(PersonaDraft draft, String parent) {
        List<FieldProblem> problems = new ArrayList<>();
        PersonaDraft valid = check(draft, parent, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return valid;
    }

    /** The draft's stored form, adding every problem to {@code problems} under {@code parent}. */
    static PersonaDraft check(PersonaDraft draft, String parent, List<FieldProblem> problems) {
        String name = JourneyInput.text(draft.name(), JourneyInput.path(parent, "name"), MAX_NAME, true, problems);
        PersonaPhoto photo = photo(draft.photo(), name, JourneyInput.path(parent, "photo"), problems);
        Demographics demographics = demographics(draft.demographics(), JourneyInput.path(parent, "demographics"), problems);
        Psychographics psychographics = psychographics(draft.psychographics(), JourneyInput.path(parent, "psychographics"), problems);
        String quote = JourneyInput.text(draft.quote(), JourneyInput.path(parent, "quote"), MAX_QUOTE, false, problems);
        String segment = draft.segment() == null || draft.segment().isBlank() ? null : draft.segment().strip();
        if (segment != null && !Keys.isKey(segment)) {
            problems.add(new FieldProblem(JourneyInput.path(parent, "segment"), "must be a customer tag key: a lower-case letter, "
                    + "then up to 63 lower-case letters, digits, '_', '.' or '-'"));
        }
        return new PersonaDraft(name, photo, demographics, psychographics, quote, segment);
    }

    private static PersonaPhoto photo(PersonaPhoto photo, String name, String path, List<FieldProblem> problems) {
        PersonaPhoto derived = PersonaPhoto.derivedFrom(name == null ? "" : name);
        if (photo == null) {
            return derived;
        }
        String initials = derived.initials();
        if (photo.initials() != null && !photo.initials().isBlank()) {
            String given = PersianLetters.fold(photo.initials().strip());
            if (given.codePointCount(0, given.length()) > PersonaPhoto.MAX_INITIALS || given.chars().anyMatch(Character::isWhitespace)) {
                problems.add(new FieldProblem(path + ".initials", "must be 1 to " + PersonaPhoto.MAX_INITIALS + " characters without spaces"));
            } else {
                initials = given;
            }
        }
        String color = derived.color();
        if (photo.color() != null && !photo.color().isBlank()) {
            color = PersonaPhoto.paletteColor(photo.color());
            if (color == null) {
                problems.add(new FieldProblem(path + ".color", "must be one of the palette's colours: " + String.join(", ", PersonaPhoto.PALETTE)));
            }
        }
        return new PersonaPhoto(initials, color);
    }

    private static Demographics demographics(Demographics d, String path, List<FieldProblem> problems) {
        return new Demographics(ageRange(d.ageRange(), path + ".ageRange", problems),
                JourneyInput.text(d.gender(), path + ".gender", MAX_DEMOGRAPHIC, false, problems),
                JourneyInput.text(d.occupation(), path + ".occupation", MAX_DEMOGRAPHIC, false, problems),
                JourneyInput.text(d.education(), path + ".education", MAX_DEMOGRAPHIC, false, problems),
                JourneyInput.text(d.income(), path + ".income", MAX_DEMOGRAPHIC, false, problems),
                JourneyInput.text(d.location(), path + ".location", MAX_DEMOGRAPHIC, false, problems));
    }

    /** {@code "25-34"}, {@code "25 – 34"} or {@code "۲۵-۳۴"} as {@code "25-34"}; {@code "65 +"} as {@code "65+"}. */
    static String ageRange(String value, String path, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = Digits.latin(value.strip());
        Matcher span = AGE_SPAN.matcher(text);
        if (span.matches()) {
            int low = Integer.parseInt(span.group(1));
            int high = Integer.parseInt(span.group(2));
            if (low <= high && high <= MAX_AGE) {
                return low + "-" + high;
            }
        }
        Matcher from = AGE_FROM.matcher(text);
        if (from.matches() && Integer.parseInt(from.group(1)) <= MAX_AGE) {
            return Integer.parseInt(from.group(1)) + "+";
        }
        problems.add(new FieldProblem(path, AGE_RULE));
        return null;
    }

    private static Psychographics psychographics(Psychographics p, String path, List<FieldProblem> problems) {
        return new Psychographics(
                JourneyInput.texts(p.goals(), path + ".goals", MAX_ITEMS, MAX_ITEM, problems),
                JourneyInput.texts(p.needs(), path + ".needs", MAX_ITEMS, MAX_ITEM, problems),
                JourneyInput.texts(p.frustrations(), path + ".frustrations", MAX_ITEMS, MAX_ITEM, problems),
                JourneyInput.texts(p.values(), path + ".values", MAX_ITEMS, MAX_ITEM, problems),
                JourneyInput.texts(p.interests(), path + ".interests", MAX_ITEMS, MAX_ITEM, problems),
                channels(p.preferredChannels(), path + ".preferredChannels", problems));
    }

    private static List<String> channels(List<String> keys, String path, List<FieldProblem> problems) {
        List<String> channels = new ArrayList<>(keys.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i) == null ? "" : keys.get(i).strip();
            String where = JourneyInput.index(path, i);
            if (Channel.fromKey(key).isEmpty()) {
                problems.add(new FieldProblem(where, "must be a channel: " + channelKeys()));
                continue;
            }
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                problems.add(new FieldProblem(where, "duplicate of " + JourneyInput.index(path, first) + " (" + key + ")"));
            } else {
                channels.add(key);
            }
        }
        return channels;
    }

    /** The channel keys, comma-separated, for messages. */
    static String channelKeys() {
        return String.join(", ", java.util.Arrays.stream(Channel.values()).map(Channel::key).toList());
    }
}
