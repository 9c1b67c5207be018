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
    private final OnnxModels onnx;
    private final TextAnalysisWorker worker;
    private final TextAnalysisService analysis;
    private final WriteTransactions writes;
    private final Clock clock;

    TextModelService(TextModelRepository models, OnnxModels onnx, TextAnalysisService analysis, TextAnalysisWorker worker,
                     WriteTransactions writes, Clock clock) {
        this.worker = worker;
        this.models = models;
        this.onnx = onnx;
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

    /** The external models found at start-up, and folders that failed to load with why. */
    List<OnnxSentimentModel> onnxModels() {
        return onnx.all();
    }

    Map<String, String> onnxProblems() {
        return onnx.problems();
    }

    /**
     * Makes {@code ref} ({@code builtin}, {@code custom:<id>} or {@code onnx:<name>}) the model for {@code language};
     * with {@code reanalyze} every stored text is queued to be analysed again by it. Returns how
     * many texts were queued.
     */
    int activate(Language language, String ref, boolean reanalyze) {
        if (ref.startsWith("onnx:")) {
            OnnxSentimentModel model = onnx.get(ref.substring("onnx:".length()))
                    .orElseThrow(() -> InvalidInputException.of("model", "no ONNX model " + ref.substring("onnx:".length())
                            + " in the models folder"));
            if (model.files().language() != language) {
                throw InvalidInputException.of("model", ref + " is a model for " + model.files().language().code() + ", not " + language.code());
            }
        } else if (!ref.equals("builtin")) {
            if (!ref.matches("custom:\\d{1,18}")) {
                throw InvalidInputException.of("model", "must be builtin, custom:<id> or onnx:<name>");
            }
            StoredModel model = models.find(Long.parseLong(ref.substring("custom:".length())))
                    .orElseThrow(() -> InvalidInputException.of("model", "no model " + ref));
            if (model.language() != language) {
                throw InvalidInputException.of("model", ref + " is a model for " + model.language().code() + ", not " + language.code());
            }
        }
        writes.run(() -> models.setActive(language, ref, clock.instant()));
        analysis.reload();
        if (!reanalyze) {
            return 0;
        }
        int queued = analysis.reanalyzeAll();
        worker.wake();
        return queued;
    }

    void delete(long id) {
        StoredModel model = get(id);
        if (model.ref().equals(models.active().get(model.language().code()))) {
            throw new ConflictException("model-active", "Model " + id + " is active for " + model.language().code() + "; make another model active first.");
        }
        writes.run(() -> models.delete(id));
    }
}
