package org.hamsafar.text;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import ai.onnxruntime.ValueInfo;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An external transformer sentiment model (BERT-style, exported to ONNX) run with ONNX Runtime:
 * the text is WordPiece-tokenised, fed as int64 tensors {@code [1, n]} to the inputs the graph
 * declares (ids, and attention mask and token types when it has them), and the logits
 * {@code [1, k]} become probabilities by softmax. The label is the most probable class, the score
 * {@code P(positive) - P(negative)} (a class the model lacks counts 0) and the confidence the
 * probability of the label. The lexicon's verdict is not used: the model stands on its own.
 *
 * <p>One session per model, created once; ONNX Runtime allows concurrent runs on a session, so
 * this is thread-safe. {@link #close()} releases the native session: call it on shutdown.
 */
final class OnnxSentimentModel implements SentimentModel, AutoCloseable {

    /**
     * Threads one run may use. One by default: the analysis workers already run texts in
     * parallel, and the machine is shared with the database and web requests.
     */
    static final int DEFAULT_THREADS = 1;

    private final OnnxModelFiles files;
    private final WordPieceTokenizer tokenizer;
    private final String version;
    private final OrtEnvironment environment;
    private final OrtSession.SessionOptions options;
    private final OrtSession session;
    private final String output;
    private final boolean feedMask;
    private final boolean feedTypes;
    /** Runs share the read lock; close takes the write lock so no run meets a freed session. */
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;

    private OnnxSentimentModel(OnnxModelFiles files, OrtEnvironment environment, OrtSession.SessionOptions options,
                               OrtSession session) throws OrtException {
        this.files = files;
        this.environment = environment;
        this.options = options;
        this.session = session;
        this.tokenizer = new WordPieceTokenizer(files.vocabulary(), files.lowercase(), files.maxLength());
        this.version = "onnx-" + files.name() + "-" + files.modelDigest();
        OnnxModelFiles.InputNames names = files.inputNames();
        Map<String, NodeInfo> inputs = session.getInputInfo();
        if (!inputs.containsKey(names.ids())) {
            throw mismatch("has no input \"" + names.ids() + "\" for the token ids (inputNames.ids in "
                    + OnnxModelFiles.SETTINGS + "); its inputs are " + inputs.keySet());
        }
        for (NodeInfo input : inputs.values()) {
            String name = input.getName();
            if (!name.equals(names.ids()) && !name.equals(names.mask()) && !name.equals(names.types())) {
                throw mismatch("needs input \"" + name + "\", which " + OnnxModelFiles.SETTINGS
                        + " does not name (inputNames: ids " + names.ids() + ", mask " + names.mask() + ", types " + names.types() + ")");
            }
            if (!(input.getInfo() instanceof TensorInfo tensor) || tensor.type != OnnxJavaType.INT64) {
                throw mismatch("input \"" + name + "\" must be an int64 tensor, not " + input.getInfo());
            }
        }
        this.feedMask = inputs.containsKey(names.mask());
        this.feedTypes = inputs.containsKey(names.types());
        this.output = logitsOutput(session.getOutputInfo());
        checkLogits(((TensorInfo) session.getOutputInfo().get(output).getInfo()).getShape());
    }

    /** Loads the model in {@code folder} (see {@link OnnxModelFiles}); IllegalArgumentException when it is not usable. */
    static OnnxSentimentModel load(Path folder) {
        return load(OnnxModelFiles.read(folder), DEFAULT_THREADS);
    }

    static OnnxSentimentModel load(OnnxModelFiles files, int threads) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        OrtSession session = null;
        try {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            // Idle threads would otherwise spin for a while after each run, taking CPU from everything else.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = environment.createSession(files.model().toString(), options);
            return new OnnxSentimentModel(files, environment, options, session);
        } catch (OrtException e) {
            closeQuietly(session, options);
            throw new IllegalArgumentException(OnnxModelFiles.MODEL + " in " + files.folder()
                    + " cannot be loaded by ONNX Runtime: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(session, options);
            throw e;
        }
    }

    OnnxModelFiles files() {
        return files;
    }

    @Override
    public String version() {
        return version;
    }

    /** The language the model was trained for, as its settings say. */
    Language language() {
        return files.language();
    }

    List<SentimentLabel> labels() {
        return files.labels();
    }

    @Override
    public Sentiment sentiment(ReadText text, LexiconScore lexicon) {
        List<Token> tokens = text.tokens().tokens();
        if (tokens.isEmpty()) {
            return Sentiment.none();
        }
        double[] p = probabilities(rawText(text));
        if (p == null) {
            return Sentiment.none();
        }
        List<SentimentLabel> labels = files.labels();
        int best = 0;
        double positive = 0;
        double negative = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
            if (labels.get(i) == SentimentLabel.POSITIVE) {
                positive = p[i];
            } else if (labels.get(i) == SentimentLabel.NEGATIVE) {
                negative = p[i];
            }
        }
        double score = Math.max(-1, Math.min(1, positive - negative));
        return new Sentiment(labels.get(best), round(score), Math.min(1, round(p[best])));
    }

    /**
     * The text as the customer wrote it, from its first token to its last: a sentence sliced out of
     * a longer text shares that text's original, so the whole original would be wrong there.
     */
    private static String rawText(ReadText text) {
        List<Token> tokens = text.tokens().tokens();
        int start = text.tokens().originalSpan(tokens.get(0)).start();
        int end = text.tokens().originalSpan(tokens.get(tokens.size() - 1)).end();
        return text.tokens().text().original().substring(start, end);
    }

    /**
     * The probability of each label (in the order of {@link #labels()}), or null when the text gives
     * the tokenizer nothing to read.
     */
    double[] probabilities(String raw) {
        WordPieceTokenizer.Encoding encoding = tokenizer.encode(raw);
        if (encoding.textTokens() == 0) {
            return null;
        }
        return softmax(logits(encoding));
    }

    private float[] logits(WordPieceTokenizer.Encoding encoding) {
        long[] shape = {1, encoding.length()};
        OnnxModelFiles.InputNames names = files.inputNames();
        lifecycle.readLock().lock();
        Map<String, OnnxTensor> feed = new LinkedHashMap<>();
        try {
            if (closed) {
                throw new IllegalStateException("ONNX model " + files.name() + " is closed");
            }
            feed.put(names.ids(), OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.ids()), shape));
            if (feedMask) {
                feed.put(names.mask(), OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.mask()), shape));
            }
            if (feedTypes) {
                feed.put(names.types(), OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.types()), shape));
            }
            try (OrtSession.Result result = session.run(feed, Set.of(output))) {
                OnnxValue value = result.get(0);
                if (!(value instanceof OnnxTensor tensor) || tensor.getInfo().type != OnnxJavaType.FLOAT) {
                    throw new IllegalStateException("ONNX model " + files.name() + " gave " + value.getInfo() + ", not float logits");
                }
                long[] actual = tensor.getInfo().getShape();
                checkLogits(actual);
                FloatBuffer buffer = tensor.getFloatBuffer();
                float[] logits = new float[buffer.remaining()];
                buffer.get(logits);
                if (logits.length != files.labels().size()) {
                    throw mismatch("gives " + logits.length + " logits for one text (shape " + Arrays.toString(actual)
                            + ") but " + OnnxModelFiles.SETTINGS + " lists " + files.labels().size() + " labels");
                }
                return logits;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX model " + files.name() + " failed: " + e.getMessage(), e);
        } finally {
            OnnxValue.close(feed);
            lifecycle.readLock().unlock();
        }
    }

    static double[] softmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float logit : logits) {
            max = Math.max(max, logit);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            p[i] = Math.exp(logits[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** The output named {@code logits}, else the graph's only (or first) output; it must hold floats. */
    private String logitsOutput(Map<String, NodeInfo> outputs) {
        String name = outputs.containsKey("logits") ? "logits" : outputs.keySet().iterator().next();
        ValueInfo info = outputs.get(name).getInfo();
        if (!(info instanceof TensorInfo tensor) || tensor.type != OnnxJavaType.FLOAT) {
            throw mismatch("output \"" + name + "\" must be a float tensor of logits, not " + info);
        }
        return name;
    }

    /** Logits come as {@code [1, k]} (or {@code [k]}); a known k must match the labels. */
    private void checkLogits(long[] shape) {
        if (shape.length < 1 || shape.length > 2 || (shape.length == 2 && shape[0] > 1)) {
            throw mismatch("output \"" + output + "\" has shape " + Arrays.toString(shape)
                    + "; expected [1, k] logits for one text");
        }
        long k = shape[shape.length - 1];
        if (k > 0 && k != files.labels().size()) {
            throw mismatch("gives " + k + " logits per text but " + OnnxModelFiles.SETTINGS + " lists "
                    + files.labels().size() + " labels " + files.labels().stream().map(SentimentLabel::code).toList());
        }
    }

    private IllegalArgumentException mismatch(String problem) {
        return new IllegalArgumentException(OnnxModelFiles.MODEL + " in " + files.folder() + " " + problem);
    }

    /** Frees the native session. The environment is ONNX Runtime's process-wide singleton, which it keeps until exit. */
    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                closeQuietly(session, options);
                environment.close(); // pairs with getEnvironment(): reference-counted in some runtimes, a no-op in this one
            }
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    private static void closeQuietly(OrtSession session, OrtSession.SessionOptions options) {
        if (session != null) {
            try {
                session.close();
            } catch (OrtException e) {
                // closing on shutdown or after a failed load: nothing left to do about it
            }
        }
        options.close();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
