package org.ai4skg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.ai4skg.cli.Ai4s;

import picocli.CommandLine;

/** Runs {@code ai4s} in-process through {@link Ai4s#commandLine()}, capturing exit code, standard output and error. */
public record Run(int exit, String out, String err) {

    /** The small AI4S sample repository (ontology, data, shapes) used by the data tooling tests. */
    public static final Path FIXTURE = Paths.get("src/test/resources/fixtures/tooling").toAbsolutePath();
    /** Files that break one thing each. */
    public static final Path INVALID = Paths.get("src/test/resources/fixtures/tooling-invalid").toAbsolutePath();

    public static Run ai4s(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Ai4s.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The error output as lines. */
    public String[] errLines() {
        return err.strip().isEmpty() ? new String[0] : err.strip().split("\\R");
    }
}
