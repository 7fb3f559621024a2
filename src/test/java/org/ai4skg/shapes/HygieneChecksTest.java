package org.ai4skg.shapes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ai4skg.publication.RdfFiles;
import org.ai4skg.publication.RdfReader;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The vocabulary hygiene checks of {@code shapes/hygiene.ttl} are documented files, each proven by a fixture. */
class HygieneChecksTest {

    private static final Path HYGIENE = Path.of("shapes/hygiene.ttl");
    private static final Path INVALID = Path.of("src/test/resources/fixtures/shapes/invalid");
    private static final String AI4SH = "https://w3id.org/ai4s-kg/shapes#";

    private static Graph hygiene() {
        RdfReader.Result read = RdfReader.read(List.of(HYGIENE));
        assertThat(read.problems()).isEmpty();
        return read.graph();
    }

    private static Set<String> checks() {
        Set<String> names = new TreeSet<>();
        hygiene().find(Node.ANY, RDF.type.asNode(), SHACL.NodeShape)
                .forEach(t -> names.add(t.getSubject().getLocalName()));
        return names;
    }

    @Test
    void everyCheckSaysTheProblemAndTheFixAndHasASeverity() throws IOException {
        String text = Files.readString(HYGIENE);
        Graph graph = hygiene();
        assertThat(checks()).hasSizeGreaterThanOrEqualTo(8);
        for (String check : checks()) {
            int start = text.indexOf("\nai4sh:" + check + "\n");
            assertThat(start).as(check).isPositive();
            String before = text.substring(0, start);
            String comment = before.substring(before.lastIndexOf("\n\n"));
            assertThat(comment).as("comment of %s", check).contains("# Problem:").contains("# Fix:");
            Node shape = NodeFactory.createURI(AI4SH + check);
            assertThat(graph.find(shape, SHACL.severity, Node.ANY).toList()).as("severity of %s", check).hasSize(1);
            List<Node> constraints = graph.find(shape, SHACL.sparql, Node.ANY).mapWith(t -> t.getObject()).toList();
            assertThat(constraints).as(check).isNotEmpty();
            for (Node constraint : constraints) {
                assertThat(graph.find(constraint, SHACL.message, Node.ANY).toList()).as("message of %s", check)
                        .hasSize(1);
            }
        }
    }

    @Test
    void everyCheckIsBrokenByAnInvalidFixtureWithItsDeclaredSeverity() throws IOException {
        Graph graph = hygiene();
        Shapes shapes = Shapes.parse(graph);
        Set<String> broken = new TreeSet<>();
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(INVALID)) {
            fixtures = files.filter(RdfFiles::isRdf).sorted().toList();
        }
        for (Path fixture : fixtures) {
            RdfReader.Result read = RdfReader.read(List.of(fixture));
            ShaclValidator.get().validate(shapes, read.graph()).getEntries().forEach(entry -> {
                if (entry.source().isURI() && entry.source().getURI().startsWith(AI4SH)) {
                    broken.add(entry.source().getLocalName());
                    Node declared = graph.find(entry.source(), SHACL.severity, Node.ANY).next().getObject();
                    assertThat(entry.severity().level()).as("severity of %s", entry.source()).isEqualTo(declared);
                }
            });
        }
        assertThat(broken).containsAll(checks());
    }

    @Test
    void everyShapeRunsOnAShacl10EngineWithoutSparqlTargetsOrValues() throws IOException {
        // SHACL-AF's SPARQL targets are skipped silently by SHACL 1.0 engines, and SHACL 1.0 forbids VALUES in
        // SHACL-SPARQL: a check written either way would not run (or be rejected) outside Jena.
        try (Stream<Path> files = Files.list(Path.of("shapes"))) {
            for (Path file : files.filter(RdfFiles::isRdf).sorted().toList()) {
                String text = Files.readString(file);
                assertThat(text).as(file.toString()).doesNotContain("SPARQLTarget").doesNotContainPattern("(?i)\\bVALUES\\s*[?$({]");
                Graph graph = RdfReader.read(List.of(file)).graph();
                assertThat(graph.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(SHACL.getURI() + "SPARQLTarget")).toList())
                        .as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void theAllowListOfVocabulariesIsWrittenOnce() throws IOException {
        String text = Files.readString(HYGIENE);
        int start = text.indexOf("\nai4sh:UnknownVocabulary\n");
        String check = text.substring(start, text.indexOf("\n\n", start + 1));
        Matcher lists = Pattern.compile("NOT IN \\(([^)]*)\\)").matcher(check);
        List<Set<String>> found = new ArrayList<>();
        while (lists.find()) {
            Set<String> namespaces = new LinkedHashSet<>();
            Matcher quoted = Pattern.compile("\"([^\"]+)\"").matcher(lists.group(1));
            while (quoted.find()) {
                namespaces.add(quoted.group(1));
            }
            found.add(namespaces);
        }
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).contains("http://www.w3.org/2004/02/skos/core#", "https://w3id.org/ai4s-kg/ontology#")
                .hasSize(19);
    }
}
