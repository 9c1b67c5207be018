package org.hamsafar.text;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sentiment model active for each language (an organisation's own or an external ONNX
 * model), falling back to the built-in model for languages without one. A text goes to the model
 * of the language its sender named, else of the language detected in it (the majority language of
 * a mixed text).
 */
final class LanguageRoutedModel implements SentimentModel {

    private final SentimentModel fallback;
    private final Map<Language, SentimentModel> byLanguage;

    LanguageRoutedModel(SentimentModel fallback, Map<Language, SentimentModel> byLanguage) {
        this.fallback = fallback;
        this.byLanguage = byLanguage.isEmpty() ? Map.of() : new EnumMap<>(byLanguage);
    }

    /** The built-in version, then {@code fa=...} / {@code en=...} for languages with their own model. */
    @Override
    public String version() {
        if (byLanguage.isEmpty()) {
            return fallback.version();
        }
        return fallback.version() + "," + byLanguage.entrySet().stream()
                .map(e -> e.getKey().code() + "=" + e.getValue().version()).collect(Collectors.joining(","));
    }

    @Override
    public Sentiment sentiment(ReadText text, LexiconScore lexicon) {
        return modelFor(text, null).sentiment(text, lexicon);
    }

    @Override
    public SentimentModel modelFor(ReadText text, Language hint) {
        Language language = hint != null ? hint : text.language().language();
        return byLanguage.getOrDefault(language, fallback);
    }
}
