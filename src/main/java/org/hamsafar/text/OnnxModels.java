package org.hamsafar.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * External transformer sentiment models in ONNX format, found at start-up in the folders of
 * {@code hamsafar.text.onnx-dir} (default {@code <data dir>/models/onnx}): each sub-folder with a
 * {@code model.onnx}, its {@code vocab.txt} and {@code hamsafar-model.json} is one model, named in
 * its settings. A folder that cannot be loaded is logged and listed with its problem; the others
 * load. Nothing is ever downloaded. ONNX Runtime is only started when a model folder exists.
 */
@Component
class OnnxModels implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OnnxModels.class);

    private final Map<String, OnnxSentimentModel> byName = new LinkedHashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();

    OnnxModels(@Value("${hamsafar.text.onnx-dir:${hamsafar.data-dir}/models/onnx}") Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.sorted().filter(p -> Files.isRegularFile(p.resolve("model.onnx"))).toList()) {
                try {
                    OnnxSentimentModel model = OnnxSentimentModel.load(child);
                    byName.put(model.files().name(), model);
                    log.info("ONNX sentiment model {} ({}) loaded from {}", model.files().name(), model.files().language().code(), child);
                } catch (RuntimeException e) {
                    problems.put(child.getFileName().toString(), e.getMessage());
                    log.warn("ONNX sentiment model in {} not loaded: {}", child, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<OnnxSentimentModel> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    List<OnnxSentimentModel> all() {
        return List.copyOf(byName.values());
    }

    /** Folders that hold a model.onnx but could not be loaded, with why. */
    Map<String, String> problems() {
        return Map.copyOf(problems);
    }

    @Override
    public void destroy() {
        byName.values().forEach(OnnxSentimentModel::close);
    }
}
