package org.ai4skg.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class AI4STest {

    private static final Path ONTOLOGY_DIR = Path.of("ontology");
    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    @Test
    void everyConstantIsDeclaredInTheOntology() throws Exception {
        Graph ontology = ontology();
        List<String> undeclared = new ArrayList<>();
        for (Node term : constants()) {
            if (!ontology.contains(term, RDF.Nodes.type, Node.ANY)) {
                undeclared.add(term.getURI());
            }
        }
        assertThat(constants()).hasSizeGreaterThan(100);
        assertThat(undeclared).as("constants of AI4S that ontology/*.ttl does not declare").isEmpty();
    }

    @Test
    void everyTermTheOntologyDeclaresHasAConstant() throws Exception {
        Set<String> declared = new TreeSet<>();
        ontology().find(Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(AI4S.NS)) {
                declared.add(t.getSubject().getURI());
            }
        });
        constants().forEach(c -> declared.remove(c.getURI()));
        assertThat(declared).as("ontology terms without a constant in AI4S").isEmpty();
    }

    @Test
    void noOtherMainClassSpellsTheVocabularyNamespace() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.endsWith(Path.of("org/ai4skg/vocab/AI4S.java"))) {
                    continue;
                }
                String text = Files.readString(file);
                if (text.contains("ai4s-kg/ontology#") || text.contains("ONTOLOGY + \"#\"")) {
                    offenders.add(file.toString());
                }
            }
        }
        assertThat(offenders).as("classes naming vocabulary terms without AI4S").isEmpty();
    }

    private static List<Node> constants() throws IllegalAccessException {
        List<Node> out = new ArrayList<>();
        for (Field f : AI4S.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class && !f.getName().equals("ONTOLOGY")) {
                out.add((Node) f.get(null));
            }
        }
        return out;
    }

    private static Graph ontology() throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        try (Stream<Path> files = Files.list(ONTOLOGY_DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList()) {
                RDFParser.source(file).parse(g);
            }
        }
        return g;
    }
}
