package dev.aikg.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Decoding raw bytes to text: UTF-8 with a BOM stripped, malformed bytes replaced and counted. */
final class TextDecoding {
    private TextDecoding() { }

    /** The text and how many malformed sequences were replaced (0 for clean UTF-8). */
    record Decoded(String text, int replaced) { }

    static Decoded utf8(byte[] bytes, int offset, int length) {
        if (length >= 3 && (bytes[offset] & 0xff) == 0xEF && (bytes[offset + 1] & 0xff) == 0xBB
                && (bytes[offset + 2] & 0xff) == 0xBF) {
            offset += 3;
            length -= 3;
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = strict.decode(ByteBuffer.wrap(bytes, offset, length));
            return new Decoded(cb.toString(), 0);
        } catch (CharacterCodingException e) {
            String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
            int replaced = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\uFFFD') replaced++;
            }
            return new Decoded(text, Math.max(1, replaced));
        }
    }

    /**
     * True when the bytes look binary: a NUL byte, or many control characters, in the first 8 KiB.
     * Text in any encoding has neither.
     */
    static boolean looksBinary(byte[] bytes, int length) {
        int n = Math.min(length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) control++;
        }
        return n > 0 && control * 20 > n;
    }

    static String sha256(byte[] bytes, int offset, int length) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(bytes, offset, length);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
