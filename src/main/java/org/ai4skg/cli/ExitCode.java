package org.ai4skg.cli;

import org.ai4skg.failure.Ai4sException;
import org.ai4skg.failure.ExitKind;

/** The documented exit codes of every command: 0 for success, otherwise the code of an {@link ExitKind}. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int NOT_CONFORMING = ExitKind.NOT_CONFORMING.code();
    public static final int USAGE = ExitKind.USAGE.code();
    public static final int UNREADABLE_INPUT = ExitKind.UNREADABLE_INPUT.code();
    public static final int INTERNAL = ExitKind.INTERNAL.code();

    private ExitCode() {
    }

    /** Maps an exception that escaped a command to its exit code; an I/O failure is the user's unreadable input. */
    public static int of(Throwable error) {
        if (error instanceof picocli.CommandLine.ParameterException) {
            return USAGE;
        }
        if (error instanceof Ai4sException known) {
            return known.exitCode();
        }
        if (error instanceof java.io.IOException || error instanceof java.io.UncheckedIOException) {
            return UNREADABLE_INPUT;
        }
        return INTERNAL;
    }
}
