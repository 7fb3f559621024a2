package org.ai4skg.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ai4skg.core.Ai4sException;
import org.ai4skg.core.Layout;
import org.ai4skg.core.RdfFiles;
import org.ai4skg.core.RdfReader;
import org.ai4skg.core.SyntaxProblem;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;

/** Validates the data against the SHACL shapes in the layout's {@code shapes/} folder (none: nothing to check). */
public final class ShaclStartupValidator implements StartupValidator {

    @Override
    public Optional<String> problems(Layout layout, Graph data) {
        List<java.nio.file.Path> files = java.nio.file.Files.isDirectory(layout.shapes())
                ? RdfFiles.list(List.of(layout.shapes())) : List.of();
        if (files.isEmpty()) {
            return Optional.empty();
        }
        RdfReader.Result shapes = RdfReader.read(files);
        if (!shapes.ok()) {
            throw Ai4sException.unreadable(shapes.problems().stream().map(SyntaxProblem::toString)
                    .collect(Collectors.joining(System.lineSeparator())));
        }
        ValidationReport report = ShaclValidator.get().validate(shapes.graph(), data);
        if (report.conforms()) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        return Optional.of(out.toString(StandardCharsets.UTF_8));
    }
}
