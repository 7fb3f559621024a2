package org.ai4skg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ai4skg.publication.Location;
import org.ai4skg.publication.RdfReader;
import org.ai4skg.publication.SourceIndex;
import org.ai4skg.publication.SyntaxProblem;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;

/**
 * Checks a shapes graph before it is used, so that a malformed shape is an error rather than silence:
 * <ol>
 *   <li>the shapes graph must conform to the W3C "SHACL for SHACL" shapes (shipped by Jena as
 *       {@code std/shacl-shacl.ttl}): e.g. a property shape without {@code sh:path}, an {@code sh:datatype} or
 *       {@code sh:class} that is not an IRI, an {@code sh:minCount} that is not an integer;</li>
 *   <li>every term of the {@code sh:} namespace it uses must exist in the SHACL vocabulary (Jena's
 *       {@code std/shacl.ttl}, which includes SHACL-SPARQL and SHACL-AF): catches typos such as
 *       {@code sh:minCont}, which SHACL would otherwise ignore;</li>
 *   <li>Jena must parse it into shapes ({@link Shapes#parse(Graph)}): e.g. a SPARQL query that does not parse.</li>
 * </ol>
 */
public final class ShapesCheck {

    private static final Shapes SHACL_SHACL = Shapes.parse(load("std/shacl-shacl.ttl"));
    private static final Set<Node> SHACL_TERMS = shaclTerms(load("std/shacl.ttl"));

    private ShapesCheck() {
    }

    /** The parsed shapes, or the problems (each at the file and line of the shape) that make them unusable. */
    public record Outcome(Shapes shapes, List<SyntaxProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks the shapes read from files.
     *
     * @param read  the shapes files as read by {@link RdfReader}
     * @param where the file or folder to name for a problem without a better position
     */
    public static Outcome check(RdfReader.Result read, Path where) {
        Graph graph = read.graph();
        Names names = new Names(read.prefixes());
        List<SyntaxProblem> problems = new ArrayList<>();
        ValidationReport report = ShaclValidator.get().validate(SHACL_SHACL, graph);
        for (ReportEntry entry : report.getEntries()) {
            String path = entry.resultPath() == null ? "" : " " + names.of(entry.resultPath());
            String value = entry.value() == null ? "" : " (value " + names.of(entry.value()) + ")";
            Optional<Location> at = tripleOf(entry).flatMap(read.sources()::locate);
            problems.add(problem(read.sources(), at, entry.focusNode(), where, "malformed shape "
                    + names.of(entry.focusNode()) + path + value + ": " + names.inText(entry.message())));
        }
        problems.addAll(unknownShaclTerms(graph, read.sources(), names, where));
        Shapes shapes = null;
        if (problems.isEmpty()) {
            try {
                shapes = Shapes.parse(graph);
            } catch (RuntimeException e) {
                problems.add(new SyntaxProblem(where, -1, -1, "malformed shapes: " + firstLine(e.getMessage())));
            }
        }
        return new Outcome(shapes, List.copyOf(problems));
    }

    private static List<SyntaxProblem> unknownShaclTerms(Graph graph, SourceIndex sources, Names names, Path where) {
        Set<String> seen = new LinkedHashSet<>();
        List<SyntaxProblem> problems = new ArrayList<>();
        graph.find().forEach(triple -> {
            for (Node term : List.of(triple.getPredicate(), triple.getObject())) {
                if (isUnknownShaclTerm(term) && seen.add(triple.getSubject() + " " + term)) {
                    problems.add(problem(sources, sources.locate(triple), triple.getSubject(), where,
                            "unknown SHACL term " + names.of(term)
                            + " (used by " + names.of(triple.getSubject()) + "); it is not in the SHACL vocabulary"));
                }
            }
        });
        return problems;
    }

    private static boolean isUnknownShaclTerm(Node term) {
        return term.isURI() && term.getURI().startsWith(SHACL.getURI()) && term.getURI().length() > SHACL.getURI().length()
                && !SHACL_TERMS.contains(term);
    }

    /** The triple that a result of SHACL-for-SHACL is about, when its path is one property and it has a value. */
    private static Optional<Triple> tripleOf(ReportEntry entry) {
        if (entry.resultPath() instanceof P_Link link && entry.value() != null) {
            return Optional.of(Triple.create(entry.focusNode(), link.getNode(), entry.value()));
        }
        return Optional.empty();
    }

    private static SyntaxProblem problem(SourceIndex sources, Optional<Location> exact, Node focus, Path where,
                                         String message) {
        return exact.or(() -> sources.locate(focus))
                .map(at -> new SyntaxProblem(at.file(), at.line(), -1, message))
                .orElseGet(() -> new SyntaxProblem(where, -1, -1, message));
    }

    private static Set<Node> shaclTerms(Graph vocabulary) {
        Set<Node> terms = new LinkedHashSet<>();
        vocabulary.find().forEach((Triple t) -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(SHACL.getURI())) {
                terms.add(t.getSubject());
            }
        });
        return terms;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static Graph load(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = Shapes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " of jena-shacl");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }
}
