package org.ai4skg.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ai4skg.failure.Ai4sException;
import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Location;
import org.ai4skg.publication.RdfFiles;
import org.ai4skg.publication.RdfReader;
import org.ai4skg.publication.SyntaxProblem;
import org.ai4skg.failure.UnreadableInputException;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * Validates RDF files against SHACL shapes: reads everything (reporting every syntax error), checks the shapes
 * themselves, then runs Jena SHACL over the union of the data files.
 *
 * <pre>
 * Validation v = Validator.validate(Layout.fromEnvironment());
 * if (!v.conforms()) { System.err.print(v.text()); }
 * </pre>
 */
public final class Validator {

    private Validator() {
    }

    /** Validates the publication of a layout: {@code ontology/} and {@code data/} against {@code shapes/}. */
    public static Validation validate(Layout layout) {
        return validate(List.of(layout.ontology(), layout.data()), List.of(layout.shapes()));
    }

    /**
     * Validates the union of the RDF files named by {@code dataPaths} against the shapes in {@code shapePaths}
     * (files or folders, searched recursively for RDF files; the syntax is chosen by the file extension).
     *
     * @throws UnreadableInputException (exit 3) with every problem found: a missing or unreadable path, every syntax
     *                                  error of every file, a shapes path without shapes, a malformed shape
     * @throws Ai4sException            (exit 2) when {@code shapePaths} is empty
     */
    public static Validation validate(List<Path> dataPaths, List<Path> shapePaths) {
        if (shapePaths.isEmpty()) {
            throw Ai4sException.usage("no shapes file or folder given");
        }
        List<SyntaxProblem> problems = new ArrayList<>();
        List<Path> dataFiles = listFiles(dataPaths, problems);
        List<Path> shapeFiles = listFiles(shapePaths, problems);
        if (shapeFiles.isEmpty() && problems.isEmpty()) {
            shapePaths.forEach(p -> problems.add(new SyntaxProblem(p, -1, -1, "no SHACL shapes (RDF files) found")));
        }
        RdfReader.Result data = RdfReader.read(dataFiles);
        RdfReader.Result shapesRead = RdfReader.read(shapeFiles);
        problems.addAll(data.problems());
        problems.addAll(shapesRead.problems());
        if (!problems.isEmpty()) {
            throw new UnreadableInputException(problems);
        }
        ShapesCheck.Outcome checked = ShapesCheck.check(shapesRead, shapePaths.get(0));
        if (!checked.ok()) {
            throw new UnreadableInputException(checked.problems());
        }
        Shapes shapes = checked.shapes();
        ValidationReport report = ShaclValidator.get().validate(shapes, data.graph());
        List<Finding> findings = report.getEntries().stream()
                .map(entry -> Finding.of(entry, data.sources().locate(entry.focusNode())))
                .sorted(ORDER)
                .toList();
        return new Validation(report, findings, dataFiles.size(), data.graph().size(),
                shapes.getTargetShapes().size(), prefixes(data, shapesRead));
    }

    private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::rank)
            .thenComparing(f -> f.location().map(Location::file).map(Path::toString).orElse("\uffff"))
            .thenComparingLong(f -> f.location().map(Location::line).orElse(Long.MAX_VALUE))
            .thenComparing(f -> String.valueOf(f.focus()))
            .thenComparing(f -> String.valueOf(f.path()))
            .thenComparing(f -> String.valueOf(f.value()))
            .thenComparing(Finding::message);

    private static List<Path> listFiles(List<Path> paths, List<SyntaxProblem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                problems.add(new SyntaxProblem(path, -1, -1, "no such file or folder"));
            } else if (!Files.isReadable(path)) {
                problems.add(new SyntaxProblem(path, -1, -1, "not readable"));
            } else {
                try {
                    files.addAll(RdfFiles.list(List.of(path)));
                } catch (Ai4sException e) {
                    problems.add(new SyntaxProblem(path, -1, -1, e.getMessage()));
                }
            }
        }
        return files;
    }

    /** The data files' prefixes, then the shapes files', then the usual ones; the first binding of a prefix wins. */
    private static PrefixMap prefixes(RdfReader.Result data, RdfReader.Result shapes) {
        PrefixMap prefixes = PrefixMapFactory.create();
        data.prefixes().forEach(prefixes::add);
        shapes.prefixes().forEach((prefix, iri) -> {
            if (!prefixes.containsPrefix(prefix)) {
                prefixes.add(prefix, iri);
            }
        });
        addIfAbsent(prefixes, "rdf", RDF.getURI());
        addIfAbsent(prefixes, "rdfs", RDFS.getURI());
        addIfAbsent(prefixes, "owl", OWL.getURI());
        addIfAbsent(prefixes, "xsd", XSD.getURI());
        addIfAbsent(prefixes, "sh", SHACL.getURI());
        return prefixes;
    }

    private static void addIfAbsent(PrefixMap prefixes, String prefix, String iri) {
        if (!prefixes.containsPrefix(prefix)) {
            prefixes.add(prefix, iri);
        }
    }
}
