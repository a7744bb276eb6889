package dev.aikg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Bridges Jena's stream writers to picocli's {@link PrintWriter} (which tests capture), decoding
 * UTF-8 bytes back to characters. Hands over whole lines only, so a multi-byte character is never
 * split, and never holds more than about 64 KiB plus one line.
 */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter writer;
    private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();

    WriterOutputStream(PrintWriter writer) { this.writer = writer; }

    @Override
    public void write(int b) {
        buffer.write(b);
        if (b == '\n' && buffer.size() >= 1 << 16) drainToLastNewline();
    }

    @Override
    public void write(byte[] b, int off, int len) {
        buffer.write(b, off, len);
        if (buffer.size() >= 1 << 16) drainToLastNewline();
    }

    private void drainToLastNewline() {
        byte[] bytes = buffer.toByteArray();
        int cut = bytes.length;
        while (cut > 0 && bytes[cut - 1] != '\n') cut--;
        if (cut == 0) return;
        writer.write(new String(bytes, 0, cut, StandardCharsets.UTF_8));
        buffer.reset();
        buffer.write(bytes, cut, bytes.length - cut);
    }

    @Override
    public void flush() {
        writer.write(buffer.toString(StandardCharsets.UTF_8));
        buffer.reset();
        writer.flush();
    }

    @Override
    public void close() { flush(); }
}
