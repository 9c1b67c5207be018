package org.hamsafar.text;

import java.time.Instant;
import java.util.Map;

/** A custom sentiment model as stored, without its weights. */
record StoredModel(long id, String name, Language language, int version, int examples, int trainExamples, int testExamples,
                   double accuracy, double macroF1, double builtinAccuracy, Map<String, Object> evaluation, Instant createdAt) {

    /** What the model calls itself in results: {@code custom-fa-3}. */
    String versionName() {
        return "custom-" + language.code() + "-" + version;
    }

    /** How the active-model setting names it. */
    String ref() {
        return "custom:" + id;
    }
}
