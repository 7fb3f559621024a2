package org.ai4skg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class Ai4sTest {

    @Test
    void helpListsTheExitCodes() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Ai4s.commandLine();
        commandLine.setOut(new PrintWriter(out));
        int exit = commandLine.execute("--help");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Usage: ai4s").contains("Exit codes:").contains("unreadable or unparseable input");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Ai4s.commandLine();
        commandLine.setErr(new PrintWriter(err));
        assertThat(commandLine.execute("--no-such-option")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--no-such-option");
    }
}
