package org.ai4skg.tooling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.ai4skg.core.Ai4sException;
import org.ai4skg.core.RdfFiles;
import org.ai4skg.core.RdfReader;
import org.ai4skg.core.SyntaxProblem;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.ai4skg.export.JsonLdContext;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** Validates vocabulary and data together against the SHACL shapes of a folder, with Jena SHACL. */
final class ShaclPublicationValidator implements PublicationValidator {

    private final Path shapesFolder;

    ShaclPublicationValidator(Path shapesFolder) {
        this.shapesFolder = shapesFolder;
    }

    @Override
    public ValidationOutcome validate(List<Path> dataPaths) {
        RdfReader.Result data = RdfReader.read(RdfFiles.list(dataPaths));
        if (!data.ok()) {
            throw Ai4sException.unreadable(data.problems().stream().map(SyntaxProblem::toString)
                    .collect(Collectors.joining(System.lineSeparator())));
        }
        if (!Files.isDirectory(shapesFolder)) {
            return ValidationOutcome.ok();
        }
        RdfReader.Result read = RdfReader.read(RdfFiles.list(List.of(shapesFolder)));
        if (!read.ok()) {
            throw Ai4sException.unreadable(read.problems().stream().map(SyntaxProblem::toString)
                    .collect(Collectors.joining(System.lineSeparator())));
        }
        if (read.graph().isEmpty()) {
            return ValidationOutcome.ok();
        }
        Shapes shapes = Shapes.parse(read.graph());
        ValidationReport report = ShaclValidator.get().validate(shapes, data.graph());
        if (report.conforms()) {
            return ValidationOutcome.ok();
        }
        List<String> problems = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            problems.add(str(entry.focusNode()) + " " + (entry.resultPath() == null ? "-"
                    : PathWriter.asString(entry.resultPath(), new Prologue(PREFIXES)))
                    + " " + str(entry.sourceConstraintComponent()) + ": " + entry.message());
        }
        problems.sort(null);
        return new ValidationOutcome(false, problems);
    }

    private static final PrefixMapping PREFIXES = prefixes();

    private static PrefixMapping prefixes() {
        PrefixMapping mapping = PrefixMapping.Factory.create();
        JsonLdContext.standard().prefixes().forEach(mapping::setNsPrefix);
        return mapping.lock();
    }

    private static String str(Node node) {
        return node == null ? "-" : NodeFmtLib.str(node, Prefixes.adapt(PREFIXES));
    }
}
