package org.ai4skg.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Publication;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The links to Wikidata, DBpedia and ROR agree with the verified list {@code ../shared/reference/external-ids.tsv}
 * both ways: no identifier from anywhere else, and every row that names an entity of the graph has all its
 * identifiers on that entity.
 */
class ExternalIdsTest {

    static final Node ROR_ID = NodeFactory.createURI("https://w3id.org/ai4s-kg/ontology#rorId");
    static final Pattern EXTERNAL = Pattern.compile("^(http://www\\.wikidata\\.org/|http://dbpedia\\.org/|https://ror\\.org/).*");
    static final Pattern PARENTHESIS = Pattern.compile("^(.*?) \\((.*)\\)$");

    /** Rows whose name differs from the entity's labels, or that two entities share a label with ("Aurora"). */
    static final Map<String, String> MATCHED_BY_HAND = Map.of(
            "molecular dynamics", "https://w3id.org/ai4s-kg/resource/molecular-dynamics",
            "Earth science", "https://w3id.org/ai4s-kg/resource/earth-sciences",
            "Aurora (supercomputer)", "https://w3id.org/ai4s-kg/resource/aurora-supercomputer");

    record Row(String name, List<String> ids) {}

    static Graph data;
    static List<Row> rows;

    @BeforeAll
    static void load() throws IOException {
        Layout layout = Layout.fromEnvironment();
        data = Publication.load(layout).data();
        rows = read(layout.home().resolve("../shared/reference/external-ids.tsv").normalize());
    }

    static List<Row> read(Path tsv) throws IOException {
        List<Row> result = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            List<String> ids = new ArrayList<>();
            for (int i = 1; i < cells.length; i++) {
                if (!cells[i].isBlank()) {
                    ids.add(cells[i].trim());
                }
            }
            result.add(new Row(cells[0].trim(), ids));
        }
        return result;
    }

    /** The row's name, the name without its parenthesis, and each name in the parenthesis ("NREL; renamed …"). */
    static Set<String> names(String name) {
        Set<String> names = new LinkedHashSet<>();
        names.add(name.toLowerCase(Locale.ROOT));
        Matcher m = PARENTHESIS.matcher(name);
        if (m.matches()) {
            names.add(m.group(1).toLowerCase(Locale.ROOT));
            for (String part : m.group(2).split(";")) {
                names.add(part.trim().replaceFirst("^renamed ", "").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** The typed subjects of the data with an English preferred or alternative label among the names. */
    static Set<Node> entitiesNamed(Set<String> names) {
        Set<Node> found = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        for (Node property : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode())) {
            data.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> {
                Node label = t.getObject();
                if (label.isLiteral() && "en".equalsIgnoreCase(label.getLiteralLanguage())
                        && names.contains(label.getLiteralLexicalForm().toLowerCase(Locale.ROOT))
                        && data.contains(t.getSubject(), RDF.type.asNode(), Node.ANY)) {
                    found.add(t.getSubject());
                }
            });
        }
        return found;
    }

    @Test
    void everyExternalIriOfTheDataIsInTheVerifiedList() {
        Set<String> verified = new TreeSet<>();
        rows.forEach(row -> verified.addAll(row.ids()));
        Set<String> unverified = new TreeSet<>();
        for (Node property : List.of(OWL.sameAs.asNode(), SKOS.exactMatch.asNode(), ROR_ID)) {
            data.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                String iri = o.isURI() ? o.getURI() : o.toString();
                if (property.equals(ROR_ID) || EXTERNAL.matcher(iri).matches()) {
                    if (!verified.contains(iri)) {
                        unverified.add(t.getSubject().getLocalName() + " -> " + iri);
                    }
                }
            });
        }
        assertThat(unverified).as("external identifiers not in external-ids.tsv").isEmpty();
    }

    @Test
    void everyRowNamingAnEntityHasAllItsIdentifiersInTheData() {
        List<String> missing = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        for (Row row : rows) {
            Set<Node> entities = MATCHED_BY_HAND.containsKey(row.name())
                    ? Set.of(NodeFactory.createURI(MATCHED_BY_HAND.get(row.name())))
                    : entitiesNamed(names(row.name()));
            if (entities.size() > 1) {
                ambiguous.add(row.name() + " names " + entities);
                continue;
            }
            for (Node entity : entities) {
                for (String id : row.ids()) {
                    Node target = NodeFactory.createURI(id);
                    Node property = id.startsWith("https://ror.org/") ? ROR_ID : null;
                    boolean present = property != null
                            ? data.contains(Triple.create(entity, property, target))
                            : data.contains(entity, OWL.sameAs.asNode(), target)
                                    || data.contains(entity, SKOS.exactMatch.asNode(), target);
                    if (!present) {
                        missing.add(entity.getLocalName() + " (" + row.name() + ") lacks " + id);
                    }
                }
            }
        }
        assertThat(ambiguous).as("rows naming more than one entity: add them to MATCHED_BY_HAND").isEmpty();
        assertThat(missing).as("identifiers of external-ids.tsv missing from the data").isEmpty();
    }

    @Test
    void thingsUseSameAsAndConceptsUseExactMatch() {
        List<String> wrong = new ArrayList<>();
        Node concept = SKOS.Concept.asNode();
        data.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(t -> {
            if (isConcept(t.getSubject(), concept)) {
                wrong.add(t.getSubject().getLocalName() + " owl:sameAs " + t.getObject());
            }
        });
        data.find(Node.ANY, SKOS.exactMatch.asNode(), Node.ANY).forEachRemaining(t -> {
            if (!isConcept(t.getSubject(), concept)) {
                wrong.add(t.getSubject().getLocalName() + " skos:exactMatch " + t.getObject());
            }
        });
        assertThat(wrong).as("links with the wrong property for the kind of entity").isEmpty();
    }

    static final Set<String> CONCEPT_CLASSES = Set.of("ResearchField", "AITechnique", "ScientificConcept",
            "OperationalStatus", "ProjectCategory");

    static boolean isConcept(Node subject, Node concept) {
        return data.find(subject, RDF.type.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject)
                .anyMatch(type -> type.equals(concept) || (type.isURI() && CONCEPT_CLASSES.contains(type.getLocalName())));
    }
}
