package org.hamsafar.shared.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes a byte stream as strict UTF-8, dropping a leading byte order mark. Unlike
 * {@link java.io.InputStreamReader}, it hands out every good character before a bad byte and only
 * then fails, so that the CSV parser stands on the line of the bad byte when the error surfaces.
 * It also caps how many characters one record may take (see {@link #startRecord()}), so that a
 * stray quote cannot make the parser gather the rest of a large file into one value.
 */
final class StrictUtf8Reader extends Reader {
    /** A record went on for more than the allowed number of characters. */
    static final class RecordTooLong extends IOException {
        RecordTooLong(long maxChars) {
            super("a record is longer than " + maxChars + " characters");
        }
    }

    private final InputStream in;
    private final long maxRecordChars;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private boolean endOfInput;
    private boolean flushed;
    private boolean bomChecked;
    private IOException pending;
    private long delivered;
    private long recordStart;

    StrictUtf8Reader(InputStream in, long maxRecordChars) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
        bytes.flip();
        chars.flip();
    }

    /** Marks the start of a record: from here on at most {@code maxRecordChars} more may be read before the next mark. */
    void startRecord() {
        recordStart = delivered;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!decodeMore()) {
                return -1;
            }
        }
        if (delivered - recordStart > maxRecordChars) {
            throw new RecordTooLong(maxRecordChars);
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        delivered += n;
        return n;
    }

    /**
     * Decodes what the buffered bytes allow (possibly nothing, when more bytes are needed); false
     * at the end of the input. A decoding error is raised once the characters before it are used.
     */
    private boolean decodeMore() throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (flushed) {
            return false;
        }
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError()) {
            pending = new MalformedInputException(result.length());
        } else if (result.isUnderflow()) {
            if (endOfInput) {
                decoder.flush(chars);
                flushed = true;
            } else {
                readBytes();
            }
        }
        chars.flip();
        if (!bomChecked && chars.hasRemaining()) {
            bomChecked = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.position(chars.position() + 1);
            }
        }
        return true;
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
