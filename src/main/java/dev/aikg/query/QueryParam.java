package dev.aikg.query;

/** A parameter a catalog query declares in its header: {@code # param: name — meaning (default)}. */
public record QueryParam(String name, String meaning, String defaultValue) {
}
