package org.hamsafar.text;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.ConflictException;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;

/**
 * An organisation's own sentiment models: trained from labelled examples, kept with their
 * held-out evaluation, and one chosen as active per language (or the built-in model again).
 */
@Service
class TextModelService {

    private final TextModelRepository models;
    private final TextAnalysisService analysis;
    private final WriteTransactions writes;
    private final Clock clock;

    TextModelService(TextModelRepository models, TextAnalysisService analysis, WriteTransactions writes, Clock clock) {
        this.models = models;
        this.analysis = analysis;
        this.writes = writes;
        this.clock = clock;
    }

    /** Trains and stores a model from usable examples; refuses (422) when they are too few or of one label only. */
    StoredModel train(String name, Language language, List<LabelledText> examples) {
        String unusable = CustomModelTrainer.unusable(examples);
        if (unusable != null) {
            throw InvalidInputException.of("examples", unusable);
        }
        TextAnalyzer shipped = TextAnalyzer.shipped();
        CustomModelTrainer.Trained trained = new CustomModelTrainer(shipped.resources(), shipped.model()).train(examples);
        return writes.run(() -> models.insert(name, language, examples.size(), trained, clock.instant()));
    }

    List<StoredModel> all() {
        return models.all();
    }

    StoredModel get(long id) {
        return models.find(id).orElseThrow(() -> new NotFoundException("No text model " + id));
    }

    Map<String, String> active() {
        return models.active();
    }

    /**
     * Makes {@code ref} ({@code builtin} or {@code custom:<id>}) the model for {@code language};
     * with {@code reanalyze} every stored text is queued to be analysed again by it. Returns how
     * many texts were queued.
     */
    int activate(Language language, String ref, boolean reanalyze) {
        if (!ref.equals("builtin")) {
            if (!ref.matches("custom:\\d{1,18}")) {
                throw InvalidInputException.of("model", "must be builtin or custom:<id>");
            }
            StoredModel model = models.find(Long.parseLong(ref.substring("custom:".length())))
                    .orElseThrow(() -> InvalidInputException.of("model", "no model " + ref));
            if (model.language() != language) {
                throw InvalidInputException.of("model", ref + " is a model for " + model.language().code() + ", not " + language.code());
            }
        }
        writes.run(() -> models.setActive(language, ref, clock.instant()));
        analysis.reload();
        return reanalyze ? analysis.reanalyzeAll() : 0;
    }

    void delete(long id) {
        StoredModel model = get(id);
        if (model.ref().equals(models.active().get(model.language().code()))) {
            throw new ConflictException("model-active", "Model " + id + " is active for " + model.language().code() + "; make another model active first.");
        }
        writes.run(() -> models.delete(id));
    }
}
