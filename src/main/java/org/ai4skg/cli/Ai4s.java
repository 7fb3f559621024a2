package org.ai4skg.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code ai4s} command: validates, loads, queries, exports and serves the AI4S knowledge graph. */
@Command(name = "ai4s",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = ManifestVersionProvider.class,
        description = "Validate, load, query, export and serve the AI4S knowledge graph.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ValidateCommand.class,
                ServeCommand.class,
                ExportCommand.class,
                LoadCommand.class,
                QueryCommand.class,
                PushCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success (the data conforms)",
                "1:the data does not conform to the shapes",
                "2:usage error",
                "3:unreadable or unparseable input, unreachable endpoint or refused login",
                "4:internal error"})
public final class Ai4s implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Ai4s());
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setExitCodeExceptionMapper(ExitCode::of);
        return commandLine;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
