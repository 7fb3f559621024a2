package org.ai4skg.shapes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ai4skg.publication.Layout;
import org.ai4skg.publication.RdfFiles;
import org.ai4skg.publication.RdfReader;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Shape fixtures: every file in {@code fixtures/shapes/valid/} conforms, and every file in {@code invalid/} yields
 * exactly the results its {@code # expect: FOCUS PATH COMPONENT} lines list. Each is merged with the real vocabulary
 * and validated against the real shapes.
 */
class ShapeFixturesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/shapes");
    private static final Layout LAYOUT = Layout.fromEnvironment();

    @TestFactory
    Stream<DynamicTest> validFixturesConform() throws IOException {
        Shapes shapes = realShapes();
        return fixtures("valid").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ValidationReport report = ShaclValidator.get().validate(shapes, withVocabulary(file));
            assertThat(describe(report, prefixes(file), false)).as("results for %s", file).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidFixturesYieldTheirExpectedResults() throws IOException {
        Shapes shapes = realShapes();
        return fixtures("invalid").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Set<String> expected = expectations(file);
            assertThat(expected).as("%s has no '# expect:' line", file).isNotEmpty();
            ValidationReport report = ShaclValidator.get().validate(shapes, withVocabulary(file));
            boolean coverage = expected.stream().anyMatch(line -> line.contains("ai4s:sourcePassage"));
            assertThat(describe(report, prefixes(file), coverage)).as("results for %s", file).isEqualTo(expected);
        }));
    }

    private static Stream<Path> fixtures(String kind) throws IOException {
        Path folder = FIXTURES.resolve(kind);
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(RdfFiles::isRdf).sorted().toList().stream();
        }
    }

    private static Shapes realShapes() {
        RdfReader.Result shapes = RdfReader.read(RdfFiles.list(List.of(LAYOUT.shapes())));
        assertThat(shapes.problems()).isEmpty();
        return Shapes.parse(shapes.graph());
    }

    private static Graph withVocabulary(Path fixture) {
        RdfReader.Result read = RdfReader.read(RdfFiles.list(List.of(LAYOUT.ontology(), fixture)));
        assertThat(read.problems()).as("syntax of %s", fixture).isEmpty();
        Graph graph = GraphFactory.createDefaultGraph();
        read.graph().find().forEach(graph::add);
        return graph;
    }

    private static PrefixMap prefixes(Path fixture) {
        PrefixMap prefixes = PrefixMapFactory.create();
        org.apache.jena.riot.RDFParser.source(fixture).parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void prefix(String prefix, String iri) {
                prefixes.add(prefix, iri);
            }
        });
        prefixes.add("sh", "http://www.w3.org/ns/shacl#");
        return prefixes;
    }

    private static Set<String> expectations(Path fixture) throws IOException {
        return Files.readAllLines(fixture).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("# expect:"))
                .map(line -> line.substring("# expect:".length()).strip().replaceAll("\\s+", " "))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Passage-coverage warnings count only in a fixture that expects one; other fixtures need not quote passages. */
    private static Set<String> describe(ValidationReport report, PrefixMap prefixes, boolean passageCoverage) {
        return report.getEntries().stream()
                .filter(entry -> passageCoverage || !(entry.severity() == org.apache.jena.shacl.validation.Severity.Warning
                        && entry.resultPath() instanceof org.apache.jena.sparql.path.P_Link link
                        && link.getNode().getURI().equals("https://w3id.org/ai4s-kg/ontology#sourcePassage")))
                .map(entry -> name(entry.focusNode(), prefixes) + " " + path(entry, prefixes) + " "
                        + name(entry.constraint().getComponent(), prefixes))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String path(ReportEntry entry, PrefixMap prefixes) {
        if (entry.resultPath() == null) {
            return "-";
        }
        if (entry.resultPath() instanceof org.apache.jena.sparql.path.P_Link link) {
            return name(link.getNode(), prefixes);
        }
        return entry.resultPath().toString().replace(" ", "");
    }

    private static String name(Node node, PrefixMap prefixes) {
        if (node.isURI()) {
            String curie = prefixes.abbreviate(node.getURI());
            return curie != null ? curie : "<" + node.getURI() + ">";
        }
        return node.toString();
    }
}
