package org.ai4skg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.ai4skg.publication.Layout;
import org.ai4skg.publication.SyntaxProblem;
import org.ai4skg.failure.UnreadableInputException;
import org.ai4skg.validate.ReportFormat;
import org.ai4skg.validate.Validation;
import org.ai4skg.validate.Validator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ai4s validate}: checks RDF files against the SHACL shapes and the vocabulary hygiene checks. */
@Command(name = "validate",
        description = {
                "Check the publication: parse every RDF file (reporting every syntax error as file:line:column), "
                        + "check the shapes themselves, then validate the data against the SHACL shapes "
                        + "(data shapes and vocabulary hygiene checks) and print a report.",
                "Without PATH: ontology/ and data/ against shapes/ of the repository."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:conforms (warnings allowed unless --strict)",
                "1:violations (or, with --strict, warnings)",
                "2:usage error",
                "3:a path is missing or unreadable, a file does not parse, or a shape is malformed",
                "4:internal error"})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOption home;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "RDF files or folders to validate together, instead of ontology/ and data/.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--shapes", paramLabel = "PATH",
            description = "A shapes file or folder, instead of shapes/ (repeatable).")
    List<Path> shapes = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "turtle is the standard sh:ValidationReport.")
    ReportFormat format;

    @Option(names = "--strict", description = "Fail (exit 1) on warnings and infos too.")
    boolean strict;

    @Override
    public Integer call() {
        Layout layout = home.layout();
        List<Path> data = paths.isEmpty() ? List.of(layout.ontology(), layout.data()) : paths;
        List<Path> shapePaths = shapes.isEmpty() ? List.of(layout.shapes()) : shapes;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Validation validation = Validator.validate(data, shapePaths);
            out.print(format.render(validation, strict));
            out.flush();
            return validation.conforms(strict) ? ExitCode.OK : ExitCode.NOT_CONFORMING;
        } catch (UnreadableInputException e) {
            for (SyntaxProblem problem : e.problems()) {
                err.println(problem);
            }
            int n = e.problems().size();
            err.println("ai4s validate: " + n + " problem" + (n == 1 ? "" : "s") + " in the input; nothing validated");
            err.flush();
            return ExitCode.UNREADABLE_INPUT;
        }
    }
}
