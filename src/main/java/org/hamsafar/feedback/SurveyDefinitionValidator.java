package org.hamsafar.feedback;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;

/** Checks a {@link SurveyRequest} and builds what it describes, naming every wrong field. */
final class SurveyDefinitionValidator {
    static final int MAX_QUESTIONS = 100;
    static final int MAX_TEXT = 1000;
    static final int MAX_NAME = 200;
    private static final Set<String> LANGUAGES = Set.of("fa", "en");

    /** The parts of a valid request. */
    record Valid(String name, SurveyStatus status, SurveyDefinition definition, SurveySettings settings) {
    }

    private final List<FieldProblem> problems = new ArrayList<>();

    private SurveyDefinitionValidator() {
    }

    /** The request as a survey, or {@link InvalidInputException} listing every problem. */
    static Valid check(SurveyRequest request) {
        return new SurveyDefinitionValidator().validate(request);
    }

    private Valid validate(SurveyRequest request) {
        String name = request.name() == null ? null : request.name().strip();
        if (name == null || name.isEmpty()) {
            problem("name", "is required");
        } else if (name.length() > MAX_NAME) {
            problem("name", "must be at most " + MAX_NAME + " characters");
        }
        SurveyStatus status = SurveyStatus.DRAFT;
        if (request.status() != null) {
            status = SurveyStatus.fromKey(request.status()).orElse(null);
            if (status == null) {
                problem("status", "must be one of draft, active, paused, closed");
            }
        }
        List<String> languages = languages(request.languages());
        List<Question> questions = questions(request.questions(), languages);
        LocalizedText intro = optionalText("intro", request.intro(), languages);
        LocalizedText thankYou = optionalText("thankYou", request.thankYou(), languages);
        SurveySettings settings = settings(request.settings());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Valid(name, status, new SurveyDefinition(languages, intro, thankYou, questions), settings);
    }

    private List<String> languages(List<String> requested) {
        if (requested == null) {
            return List.of("fa", "en");
        }
        if (requested.isEmpty()) {
            problem("languages", "must name fa, en or both");
            return List.of("fa");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String language = requested.get(i);
            if (!LANGUAGES.contains(language)) {
                problem("languages[" + i + "]", "must be fa or en");
            } else if (!seen.add(language)) {
                problem("languages[" + i + "]", "is repeated");
            }
        }
        return seen.isEmpty() ? List.of("fa") : List.copyOf(seen);
    }

    private List<Question> questions(List<SurveyRequest.QuestionRequest> requested, List<String> languages) {
        if (requested == null || requested.isEmpty()) {
            problem("questions", "must hold at least one question");
            return List.of();
        }
        if (requested.size() > MAX_QUESTIONS) {
            problem("questions", "must hold at most " + MAX_QUESTIONS + " questions");
            return List.of();
        }
        List<Question> questions = new ArrayList<>();
        Map<String, Question> earlier = new HashMap<>();
        int lastPage = 1;
        for (int i = 0; i < requested.size(); i++) {
            String at = "questions[" + i + "]";
            SurveyRequest.QuestionRequest q = requested.get(i);
            if (q == null) {
                problem(at, "is required");
                continue;
            }
            int before = problems.size();
            if (!Keys.isKey(q.key())) {
                problem(at + ".key", "must be a key: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'");
            } else if (earlier.containsKey(q.key())) {
                problem(at + ".key", "repeats the key of an earlier question");
            }
            QuestionType type = q.type() == null ? null : QuestionType.fromKey(q.type()).orElse(null);
            if (type == null) {
                problem(at + ".type", "must be one of " + QuestionType.allowed());
            }
            requiredText(at + ".text", q.text(), languages);
            optionalText(at + ".lowLabel", q.lowLabel(), languages);
            optionalText(at + ".highLabel", q.highLabel(), languages);
            int page = q.page() == null ? lastPage : q.page();
            if (page < 1 || page > MAX_QUESTIONS) {
                problem(at + ".page", "must be between 1 and " + MAX_QUESTIONS);
            } else if (page < lastPage) {
                problem(at + ".page", "must not be lower than the page of the question before it");
            } else if (page > lastPage + 1) {
                problem(at + ".page", "skips a page: the question before it is on page " + lastPage);
            }
            if (type != null) {
                choices(at, type, q.choices(), languages);
                scale(at, type, q.scale());
                maxLength(at, type, q.maxLength());
            }
            DisplayCondition condition = condition(at + ".showIf", q.showIf(), earlier);
            if (problems.size() == before) {
                Question question = new Question(q.key(), type, q.text(), Boolean.TRUE.equals(q.required()), condition,
                        q.choices(), type == QuestionType.RATING ? (q.scale() == null ? 5 : q.scale()) : null, page,
                        type == QuestionType.TEXT ? q.maxLength() : null, q.lowLabel(), q.highLabel());
                questions.add(question);
                earlier.put(q.key(), question);
                lastPage = page;
            } else if (Keys.isKey(q.key()) && type != null) {
                // Remember it anyway, so that later conditions naming it are not reported as well.
                earlier.put(q.key(), new Question(q.key(), type, q.text(), false, null, q.choices(), q.scale(), 1, null, null, null));
            }
        }
        return questions;
    }

    private void choices(String at, QuestionType type, List<Choice> choices, List<String> languages) {
        if (!type.hasChoices()) {
            if (choices != null && !choices.isEmpty()) {
                problem(at + ".choices", "only single_choice and multi_choice questions have choices");
            }
            return;
        }
        if (choices == null || choices.size() < 2 || choices.size() > 50) {
            problem(at + ".choices", "must hold between 2 and 50 options");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int c = 0; c < choices.size(); c++) {
            Choice choice = choices.get(c);
            String where = at + ".choices[" + c + "]";
            if (choice == null) {
                problem(where, "is required");
                continue;
            }
            if (!Keys.isKey(choice.id())) {
                problem(where + ".id", "must be a key: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'");
            } else if (!ids.add(choice.id())) {
                problem(where + ".id", "repeats the id of an earlier option");
            }
            requiredText(where + ".text", choice.text(), languages);
        }
    }

    private void scale(String at, QuestionType type, Integer scale) {
        if (scale == null) {
            return;
        }
        if (type != QuestionType.RATING) {
            problem(at + ".scale", "only rating questions have a scale");
        } else if (scale < 3 || scale > 10) {
            problem(at + ".scale", "must be between 3 and 10 stars");
        }
    }

    private void maxLength(String at, QuestionType type, Integer maxLength) {
        if (maxLength == null) {
            return;
        }
        if (type != QuestionType.TEXT) {
            problem(at + ".maxLength", "only text questions have a maximum length");
        } else if (maxLength < 1 || maxLength > 10_000) {
            problem(at + ".maxLength", "must be between 1 and 10000");
        }
    }

    private DisplayCondition condition(String at, SurveyRequest.ConditionRequest condition, Map<String, Question> earlier) {
        if (condition == null) {
            return null;
        }
        Question target = condition.question() == null ? null : earlier.get(condition.question());
        if (target == null) {
            problem(at + ".question", "must name an earlier question of the survey");
        }
        String op = condition.op();
        if (op == null || !DisplayCondition.OPERATORS.contains(op)) {
            problem(at + ".op", "must be one of " + String.join(" ", DisplayCondition.OPERATORS));
            return null;
        }
        Object value = condition.value();
        if ("answered".equals(op)) {
            value = null;
        } else if (value == null) {
            problem(at + ".value", "is required for " + op);
        } else if ("in".equals(op)) {
            if (!(value instanceof Collection<?> options) || options.isEmpty()) {
                problem(at + ".value", "must be a non-empty list for in");
            } else if (target != null) {
                options.forEach(option -> conditionValue(at + ".value", target, "=", option));
            }
        } else if (target != null) {
            conditionValue(at + ".value", target, op, value);
        }
        return new DisplayCondition(condition.question(), op, value);
    }

    /** Whether {@code value} is something {@code target}'s answers can be compared with by {@code op}. */
    private void conditionValue(String at, Question target, String op, Object value) {
        boolean ordering = !"=".equals(op) && !"!=".equals(op);
        if (target.type().scored()) {
            if (!(value instanceof Number)) {
                problem(at, "must be a number: " + target.key() + " is a " + target.type().key() + " question");
            }
        } else if (ordering) {
            problem(at.replace(".value", ".op"), op + " compares numbers; " + target.key() + " is a " + target.type().key() + " question");
        } else if (target.type().hasChoices()) {
            if (!(value instanceof String id) || !target.hasChoice(id)) {
                problem(at, "must be an option id of " + target.key());
            }
        } else if (target.type() == QuestionType.YES_NO) {
            if (!(value instanceof Boolean)) {
                problem(at, "must be true or false: " + target.key() + " is a yes_no question");
            }
        } else {
            problem(at.replace(".value", ".op"), "a text answer can only be tested with answered");
        }
    }

    private void requiredText(String at, LocalizedText text, List<String> languages) {
        if (text == null || text.absent()) {
            problem(at, "is required in " + String.join(" and ", languages));
            return;
        }
        for (String language : languages) {
            if (!text.has(language)) {
                problem(at + "." + language, "is required: the survey is offered in " + String.join(" and ", languages));
            }
        }
        tooLong(at, text);
    }

    private LocalizedText optionalText(String at, LocalizedText text, List<String> languages) {
        if (text == null || text.absent()) {
            return null;
        }
        tooLong(at, text);
        return text;
    }

    private void tooLong(String at, LocalizedText text) {
        if (text.fa() != null && text.fa().length() > MAX_TEXT) {
            problem(at + ".fa", "must be at most " + MAX_TEXT + " characters");
        }
        if (text.en() != null && text.en().length() > MAX_TEXT) {
            problem(at + ".en", "must be at most " + MAX_TEXT + " characters");
        }
    }

    private SurveySettings settings(SurveyRequest.SettingsRequest settings) {
        if (settings == null) {
            return SurveySettings.DEFAULT;
        }
        range("settings.fatigueDays", settings.fatigueDays(), 1, 365);
        range("settings.quota", settings.quota(), 1, 100_000_000);
        range("settings.reminderAfterDays", settings.reminderAfterDays(), 1, 60);
        range("settings.invitationExpiryDays", settings.invitationExpiryDays(), 1, 365);
        int expiry = settings.invitationExpiryDays() == null ? SurveySettings.DEFAULT.invitationExpiryDays() : settings.invitationExpiryDays();
        if (settings.reminderAfterDays() != null && settings.reminderAfterDays() >= expiry) {
            problem("settings.reminderAfterDays", "must be fewer days than invitationExpiryDays (" + expiry + ")");
        }
        return new SurveySettings(settings.fatigueDays(), settings.quota(), settings.reminderAfterDays(), expiry);
    }

    private void range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problem(field, "must be between " + min + " and " + max);
        }
    }

    private void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }
}
