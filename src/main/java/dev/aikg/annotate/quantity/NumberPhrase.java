package dev.aikg.annotate.quantity;

/**
 * A number with its unit as written: money, a parameter count or a chip count.
 *
 * @param start    offset of the phrase in the document text
 * @param end      end offset (exclusive)
 * @param value    the value in base units
 * @param unit     ISO 4217 code, "parameters" or "chips"
 * @param kindHint "parameters", "activeParameters", "chipCount", or null for money
 */
public record NumberPhrase(int start, int end, double value, String unit, String kindHint) {
    public boolean money() { return kindHint == null; }
}
