package org.bravo.infra;

/** A server could not be prepared, started or stopped; the message says which and where its log is. */
public class StackException extends RuntimeException {
    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
