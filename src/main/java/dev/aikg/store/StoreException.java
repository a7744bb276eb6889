package dev.aikg.store;

/** A store problem with a message fit for one line on a terminal. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }

    public StoreException(String message, Throwable cause) { super(message, cause); }
}
