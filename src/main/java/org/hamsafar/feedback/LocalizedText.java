package org.hamsafar.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;
/** A text shown to respondents, in Persian, English or both. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalizedText(String fa, String en) {

    /** The text in {@code language}, or in the other language when this one is missing. */
    public String in(String language) {
        String preferred = "en".equals(language) ? en : fa;
        String other = "en".equals(language) ? fa : en;
        return preferred != null && !preferred.isBlank() ? preferred : other;
    }

    public boolean has(String language) {
        String text = "en".equals(language) ? en : fa;
        return text != null && !text.isBlank();
    }

    public boolean absent() {
        return !has("fa") && !has("en");
    }
}
