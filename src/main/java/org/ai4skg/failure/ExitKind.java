package org.ai4skg.failure;

/** The documented kinds of failure, each with the exit code the command line reports for it. */
public enum ExitKind {
    /** The data does not conform to the shapes. */
    NOT_CONFORMING(1),
    /** A wrong argument or option. */
    USAGE(2),
    /** The user's input cannot be used: a missing, unreadable or unparseable file or folder, an unreachable endpoint,
     *  a refused login. */
    UNREADABLE_INPUT(3),
    /** A fault of ai4s itself. */
    INTERNAL(4);

    private final int code;

    ExitKind(int code) {
        this.code = code;
    }

    /** The process exit code of this kind. */
    public int code() {
        return code;
    }
}
