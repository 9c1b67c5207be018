package org.hamsafar.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny ONNX sentiment model written byte by byte, so the tests need no model file from
 * anywhere: {@code logits = ReduceMean(Gather(emb, input_ids), axes=[1], keepdims=0)}, i.e. the
 * mean of the embedding rows of the tokens. With one column per label, each word pushes the
 * logits its row says. Field numbers are those of onnx.proto.
 */
final class TinyOnnxModel {

    private static final int FLOAT = 1;
    private static final int INT64 = 7;
    private static final int ATTRIBUTE_INT = 2;
    private static final int ATTRIBUTE_INTS = 7;

    private final List<String> vocabulary = new ArrayList<>();
    private final List<float[]> rows = new ArrayList<>();
    private final List<String> extraInputs = new ArrayList<>();
    private final int labels;

    TinyOnnxModel(int labels) {
        this.labels = labels;
    }

    /** Adds a token to the vocabulary with its row of the embedding (one value per label). */
    TinyOnnxModel token(String token, float... row) {
        if (row.length != labels) {
            throw new IllegalArgumentException("row of " + row.length + " for " + labels + " labels");
        }
        vocabulary.add(token);
        rows.add(row.clone());
        return this;
    }

    /** Declares one more int64 [1, N] graph input that no node reads (as an attention mask often is). */
    TinyOnnxModel extraInput(String name) {
        extraInputs.add(name);
        return this;
    }

    float[] row(String token) {
        return rows.get(vocabulary.indexOf(token));
    }

    /** Writes model.onnx, vocab.txt and hamsafar-model.json with these settings into {@code folder}. */
    Path writeTo(Path folder, String settingsJson) {
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve("model.onnx"), modelBytes());
            Files.writeString(folder.resolve("vocab.txt"), String.join("\n", vocabulary) + "\n", StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("hamsafar-model.json"), settingsJson, StandardCharsets.UTF_8);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] modelBytes() {
        ByteBuffer weights = ByteBuffer.allocate(rows.size() * labels * 4).order(ByteOrder.LITTLE_ENDIAN);
        rows.forEach(row -> {
            for (float value : row) {
                weights.putFloat(value);
            }
        });
        Proto embedding = new Proto()
                .int64(1, rows.size()).int64(1, labels) // dims
                .int64(2, FLOAT) // data_type
                .string(8, "emb") // name
                .bytes(9, weights.array()); // raw_data
        Proto gather = new Proto()
                .string(1, "emb").string(1, "input_ids") // inputs
                .string(2, "embedded") // output
                .string(3, "gather").string(4, "Gather");
        Proto mean = new Proto()
                .string(1, "embedded").string(2, "logits")
                .string(3, "mean").string(4, "ReduceMean")
                .message(5, new Proto().string(1, "axes").int64(8, 1).int64(20, ATTRIBUTE_INTS))
                .message(5, new Proto().string(1, "keepdims").int64(3, 0).int64(20, ATTRIBUTE_INT));
        Proto graph = new Proto()
                .message(1, gather).message(1, mean)
                .string(2, "tiny-sentiment")
                .message(5, embedding)
                .message(11, tensorValue("input_ids", INT64, null, "n"));
        for (String extra : extraInputs) {
            graph.message(11, tensorValue(extra, INT64, null, "n"));
        }
        graph.message(12, tensorValue("logits", FLOAT, (long) labels, null));
        return new Proto()
                .int64(1, 8) // ir_version
                .message(8, new Proto().string(1, "").int64(2, 13)) // opset_import
                .message(7, graph)
                .toBytes();
    }

    /**
     * A ValueInfoProto of a tensor {@code [1, d]}: {@code d} is the fixed size when given, else the
     * symbolic dimension named {@code symbol}.
     */
    private static Proto tensorValue(String name, int elementType, Long size, String symbol) {
        Proto second = size != null ? new Proto().int64(1, size) : new Proto().string(2, symbol);
        Proto shape = new Proto().message(1, new Proto().int64(1, 1)).message(1, second);
        Proto tensorType = new Proto().int64(1, elementType).message(2, shape);
        return new Proto().string(1, name).message(2, new Proto().message(1, tensorType));
    }

    /** Just enough of the protobuf wire format: varints (wire type 0) and length-delimited fields (2). */
    static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Proto int64(int field, long value) {
            varint((long) field << 3);
            varint(value);
            return this;
        }

        Proto bytes(int field, byte[] value) {
            varint(((long) field << 3) | 2);
            varint(value.length);
            out.writeBytes(value);
            return this;
        }

        Proto string(int field, String value) {
            return bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }

        Proto message(int field, Proto message) {
            return bytes(field, message.toBytes());
        }

        byte[] toBytes() {
            return out.toByteArray();
        }

        private void varint(long value) {
            while ((value & ~0x7FL) != 0) {
                out.write((int) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            out.write((int) value);
        }
    }
}
