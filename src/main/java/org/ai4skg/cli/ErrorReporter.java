package org.ai4skg.cli;

import org.ai4skg.validate.NotConformingException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints the validation report of refused data, then a one-line cause for a failed command; the stack trace only with {@code AI4S_DEBUG=1} or {@code -Dai4s.debug}. */
final class ErrorReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) {
        if (error instanceof NotConformingException refused) {
            commandLine.getErr().print(refused.validation().text());
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        commandLine.getErr().println("ai4s " + commandLine.getCommandName() + ": " + message);
        if (debug()) {
            error.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return ExitCode.of(error);
    }

    private static boolean debug() {
        return "1".equals(System.getenv("AI4S_DEBUG")) || Boolean.getBoolean("ai4s.debug");
    }
}
