package org.hamsafar.feedback;

import java.util.ArrayList;
import java.util.List;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;

/**
 * The survey builder's form as posted (a plain bean for Spring's form binding): every field is text,
 * so that what the user typed comes back unchanged next to its error. {@link #toRequest} turns it
 * into the {@link SurveyRequest} the validator checks. Its questions are {@link QuestionForm}s.
 */
public class SurveyForm {
    private String name = "";
    private String status = SurveyStatus.DRAFT.key();
    // Unchecked boxes are not posted at all, so a bound form starts with both off.
    private boolean langFa;
    private boolean langEn;
    private String introFa = "";
    private String introEn = "";
    private String thankYouFa = "";
    private String thankYouEn = "";
    private String fatigueDays = "";
    private String quota = "";
    private String reminderAfterDays = "";
    private String invitationExpiryDays = "";
    private List<QuestionForm> questions = new ArrayList<>();

    /** A new survey's form: one required NPS question to start from. */
    static SurveyForm blank() {
        SurveyForm form = new SurveyForm();
        form.langFa = true;
        form.langEn = true;
        QuestionForm first = new QuestionForm();
        first.setKey("nps");
        first.setRequired(true);
        form.questions.add(first);
        return form;
    }

    static SurveyForm of(Survey survey) {
        SurveyForm f = new SurveyForm();
        SurveyDefinition d = survey.definition();
        f.name = survey.name();
        f.status = survey.status().key();
        f.langFa = d.languages().contains("fa");
        f.langEn = d.languages().contains("en");
        f.introFa = d.intro() == null ? "" : orEmpty(d.intro().fa());
        f.introEn = d.intro() == null ? "" : orEmpty(d.intro().en());
        f.thankYouFa = d.thankYou() == null ? "" : orEmpty(d.thankYou().fa());
        f.thankYouEn = d.thankYou() == null ? "" : orEmpty(d.thankYou().en());
        SurveySettings s = survey.settings();
        f.fatigueDays = s.fatigueDays() == null ? "" : s.fatigueDays().toString();
        f.quota = s.quota() == null ? "" : s.quota().toString();
        f.reminderAfterDays = s.reminderAfterDays() == null ? "" : s.reminderAfterDays().toString();
        f.invitationExpiryDays = Integer.toString(s.invitationExpiryDays());
        d.questions().forEach(q -> f.questions.add(QuestionForm.of(q)));
        return f;
    }

    /**
     * Applies a button of the form that changes it without saving: {@code add}, {@code remove-3},
     * {@code up-3}, {@code down-3}. Unknown actions change nothing.
     */
    void apply(String action) {
        if ("add".equals(action)) {
            QuestionForm added = new QuestionForm();
            added.setType(QuestionType.TEXT.key());
            added.setPage(questions.isEmpty() ? "1" : questions.get(questions.size() - 1).getPage());
            questions.add(added);
            return;
        }
        int dash = action == null ? -1 : action.indexOf('-');
        if (dash < 0) {
            return;
        }
        int index;
        try {
            index = Integer.parseInt(action.substring(dash + 1));
        } catch (NumberFormatException e) {
            return;
        }
        if (index < 0 || index >= questions.size()) {
            return;
        }
        switch (action.substring(0, dash)) {
            case "remove" -> questions.remove(index);
            case "up" -> swap(index, index - 1);
            case "down" -> swap(index, index + 1);
            default -> {
            }
        }
    }

    private void swap(int a, int b) {
        if (b < 0 || b >= questions.size()) {
            return;
        }
        QuestionForm moved = questions.get(a);
        questions.set(a, questions.get(b));
        questions.set(b, moved);
    }

    /** The request to validate; numbers that are not numbers are reported in {@code problems} and left out. */
    SurveyRequest toRequest(List<FieldProblem> problems) {
        List<String> languages = new ArrayList<>();
        if (langFa) {
            languages.add("fa");
        }
        if (langEn) {
            languages.add("en");
        }
        List<SurveyRequest.QuestionRequest> requested = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            requested.add(questions.get(i).toRequest(i, questions, problems));
        }
        SurveyRequest.SettingsRequest settings = new SurveyRequest.SettingsRequest(
                number("settings.fatigueDays", fatigueDays, problems), number("settings.quota", quota, problems),
                number("settings.reminderAfterDays", reminderAfterDays, problems),
                number("settings.invitationExpiryDays", invitationExpiryDays, problems));
        return new SurveyRequest(name, status, languages, text(introFa, introEn), text(thankYouFa, thankYouEn), requested, settings);
    }

    static Integer number(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(Digits.latin(text.strip()));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "must be a whole number"));
            return null;
        }
    }

    static LocalizedText text(String fa, String en) {
        String f = fa == null || fa.isBlank() ? null : fa.strip();
        String e = en == null || en.isBlank() ? null : en.strip();
        return f == null && e == null ? null : new LocalizedText(f, e);
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The question keys of the form, for the "show if" choices. */
    public List<String> keys() {
        return questions.stream().map(QuestionForm::getKey).filter(k -> k != null && !k.isBlank()).toList();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public boolean isLangFa() { return langFa; }
    public void setLangFa(boolean langFa) { this.langFa = langFa; }
    public boolean isLangEn() { return langEn; }
    public void setLangEn(boolean langEn) { this.langEn = langEn; }
    public String getIntroFa() { return introFa; }
    public void setIntroFa(String introFa) { this.introFa = introFa; }
    public String getIntroEn() { return introEn; }
    public void setIntroEn(String introEn) { this.introEn = introEn; }
    public String getThankYouFa() { return thankYouFa; }
    public void setThankYouFa(String thankYouFa) { this.thankYouFa = thankYouFa; }
    public String getThankYouEn() { return thankYouEn; }
    public void setThankYouEn(String thankYouEn) { this.thankYouEn = thankYouEn; }
    public String getFatigueDays() { return fatigueDays; }
    public void setFatigueDays(String fatigueDays) { this.fatigueDays = fatigueDays; }
    public String getQuota() { return quota; }
    public void setQuota(String quota) { this.quota = quota; }
    public String getReminderAfterDays() { return reminderAfterDays; }
    public void setReminderAfterDays(String reminderAfterDays) { this.reminderAfterDays = reminderAfterDays; }
    public String getInvitationExpiryDays() { return invitationExpiryDays; }
    public void setInvitationExpiryDays(String invitationExpiryDays) { this.invitationExpiryDays = invitationExpiryDays; }
    public List<QuestionForm> getQuestions() { return questions; }
    public void setQuestions(List<QuestionForm> questions) { this.questions = questions; }
}
