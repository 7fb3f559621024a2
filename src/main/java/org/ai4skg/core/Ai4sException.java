package org.ai4skg.core;

/** A failure the user can act on, carrying the documented exit code that the command line reports. */
public class Ai4sException extends RuntimeException {
    private final int exitCode;

    public Ai4sException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public Ai4sException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** Input that cannot be read or parsed: exit code 3. */
    public static Ai4sException unreadable(String message) {
        return new Ai4sException(3, message);
    }

    /** A wrong argument or option: exit code 2. */
    public static Ai4sException usage(String message) {
        return new Ai4sException(2, message);
    }
}
