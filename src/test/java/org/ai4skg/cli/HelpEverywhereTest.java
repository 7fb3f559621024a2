package org.ai4skg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Every subcommand of {@code ai4s} answers {@code --help} with its usage on standard output and exit 0. */
class HelpEverywhereTest {

    @Test
    void everySubcommandPrintsItsUsageOnHelp() {
        Map<String, CommandLine> subcommands = Ai4s.commandLine().getSubcommands();
        assertThat(subcommands).isNotEmpty();
        for (String name : subcommands.keySet()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine commandLine = Ai4s.commandLine();
            commandLine.setOut(new PrintWriter(out));
            commandLine.setErr(new PrintWriter(err));
            int exit = commandLine.execute(name, "--help");
            assertThat(exit).as(name + " --help exit code").isEqualTo(ExitCode.OK);
            assertThat(out.toString()).as(name + " --help output").contains("Usage: ai4s " + name);
            assertThat(err.toString()).as(name + " --help errors").isEmpty();
        }
    }

    @Test
    void validateTakesTheSharedHomeOption() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Ai4s.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute("validate", "--home", "/nonexistent-ai4s-home");
        assertThat(err.toString()).doesNotContain("Unknown option");
        assertThat(exit).isEqualTo(ExitCode.UNREADABLE_INPUT);
    }
}
