package dev.aikg.annotate.time;

import java.time.LocalDate;

/**
 * A date expression found in text.
 *
 * @param start offset of the expression
 * @param end   end offset (exclusive)
 * @param date  the day it names, or null when it names no single day ("Anfang dieser Woche") or
 *              cannot be resolved (no article date)
 */
public record DateMention(int start, int end, LocalDate date) { }
