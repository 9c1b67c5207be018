package org.hamsafar.journeys.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamsafar.journeys.personas.Demographics;
import org.hamsafar.journeys.personas.Persona;
import org.hamsafar.journeys.personas.PersonaDraft;
import org.hamsafar.journeys.personas.PersonaPhoto;
import org.hamsafar.journeys.personas.Psychographics;
import org.hamsafar.shared.FieldProblem;
import org.springframework.util.MultiValueMap;

/**
 * The persona form as typed: single fields, the psychographic lists as one item per line, the
 * preferred channels as ticked boxes. Initials and colour left empty are derived from the name
 * when saved (so renaming a persona also renames its placeholder unless initials were chosen).
 */
record PersonaForm(String name, String initials, String color, String ageRange, String gender, String occupation, String education,
                   String income, String location, String goals, String needs, String frustrations, String values, String interests,
                   List<String> preferredChannels, String quote, String segment) {
    static final List<String> LISTS = List.of("goals", "needs", "frustrations", "values", "interests");
    private static final java.util.Set<String> FIELDS = java.util.Set.of("name", "initials", "color", "ageRange", "gender", "occupation",
            "education", "income", "location", "goals", "needs", "frustrations", "values", "interests", "preferredChannels", "quote", "segment");
    private static final Pattern PATH = Pattern.compile("(?:photo|demographics|psychographics)?\\.?(\\w+)(?:\\[(\\d+)])?");

    static PersonaForm empty() {
        return new PersonaForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", List.of(), "", "");
    }

    static PersonaForm of(Persona p) {
        PersonaPhoto derived = PersonaPhoto.derivedFrom(p.name());
        Demographics d = p.demographics();
        Psychographics s = p.psychographics();
        return new PersonaForm(p.name(), p.photo().initials().equals(derived.initials()) ? "" : p.photo().initials(),
                p.photo().color().equals(derived.color()) ? "" : p.photo().color(), text(d.ageRange()), text(d.gender()),
                text(d.occupation()), text(d.education()), text(d.income()), text(d.location()), lines(s.goals()), lines(s.needs()),
                lines(s.frustrations()), lines(s.values()), lines(s.interests()), s.preferredChannels(), text(p.quote()), text(p.segment()));
    }

    static PersonaForm of(MultiValueMap<String, String> form) {
        List<String> channels = form.get("preferredChannels");
        return new PersonaForm(get(form, "name"), get(form, "initials"), get(form, "color"), get(form, "ageRange"), get(form, "gender"),
                get(form, "occupation"), get(form, "education"), get(form, "income"), get(form, "location"), get(form, "goals"),
                get(form, "needs"), get(form, "frustrations"), get(form, "values"), get(form, "interests"),
                channels == null ? List.of() : channels.stream().filter(c -> c != null && !c.isBlank()).toList(), get(form, "quote"),
                get(form, "segment"));
    }

    PersonaDraft toDraft() {
        return new PersonaDraft(name, new PersonaPhoto(blank(initials), blank(color)),
                new Demographics(blank(ageRange), blank(gender), blank(occupation), blank(education), blank(income), blank(location)),
                new Psychographics(CellForms.items(goals).items(), CellForms.items(needs).items(), CellForms.items(frustrations).items(),
                        CellForms.items(values).items(), CellForms.items(interests).items(), preferredChannels),
                blank(quote), blank(segment));
    }

    public boolean prefers(String channel) {
        return preferredChannels.contains(channel);
    }

    /**
     * The problems by form field ({@code name}, {@code initials}, {@code goals}, ...), each message
     * in the page's language; a problem on a list item names its line.
     */
    Map<String, List<String>> problems(List<FieldProblem> problems, ProblemMessages messages) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            Matcher m = PATH.matcher(p.field());
            String field = m.matches() && FIELDS.contains(m.group(1)) ? m.group(1) : "other";
            String text = messages.text(p);
            if (m.matches() && m.group(2) != null && LISTS.contains(field)) {
                int index = Integer.parseInt(m.group(2));
                List<Integer> lines = CellForms.items(listText(field)).lines();
                int line = index < lines.size() ? lines.get(index) : index + 1;
                text = messages.message("journeys.map.cell.line", ProblemMessages.digits(line), text);
            }
            out.computeIfAbsent(field, k -> new ArrayList<>()).add(text);
        }
        return out;
    }

    private String listText(String field) {
        return switch (field) {
            case "goals" -> goals;
            case "needs" -> needs;
            case "frustrations" -> frustrations;
            case "values" -> values;
            default -> interests;
        };
    }

    private static String get(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
