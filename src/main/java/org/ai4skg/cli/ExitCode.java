package org.ai4skg.cli;

import org.ai4skg.core.Ai4sException;

/** The documented exit codes of every command. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int NOT_CONFORMING = 1;
    public static final int USAGE = 2;
    public static final int UNREADABLE_INPUT = 3;
    public static final int INTERNAL = 4;

    private ExitCode() {
    }

    /** Maps an exception that escaped a command to its exit code. */
    public static int of(Throwable error) {
        if (error instanceof picocli.CommandLine.ParameterException) {
            return USAGE;
        }
        if (error instanceof Ai4sException known) {
            return known.exitCode();
        }
        return INTERNAL;
    }
}
