package dev.aikg.query;

/** A query problem with a message fit for one line: unknown parameter, syntax error, timeout. */
public final class QueryException extends RuntimeException {
    public QueryException(String message) { super(message); }
}
