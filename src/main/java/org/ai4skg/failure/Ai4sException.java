package org.ai4skg.failure;

/** A failure the user can act on, carrying the documented kind that the command line reports as its exit code. */
public class Ai4sException extends RuntimeException {
    private final ExitKind kind;

    public Ai4sException(ExitKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Ai4sException(ExitKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public ExitKind kind() {
        return kind;
    }

    public int exitCode() {
        return kind.code();
    }

    /** Input that cannot be read or parsed. */
    public static Ai4sException unreadable(String message) {
        return new Ai4sException(ExitKind.UNREADABLE_INPUT, message);
    }

    /** Input that cannot be read, with the I/O failure as cause. */
    public static Ai4sException unreadable(String message, Throwable cause) {
        return new Ai4sException(ExitKind.UNREADABLE_INPUT, message, cause);
    }

    /** A wrong argument or option. */
    public static Ai4sException usage(String message) {
        return new Ai4sException(ExitKind.USAGE, message);
    }
}
