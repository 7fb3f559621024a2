package org.ai4skg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.ai4skg.server.Lang;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The home page's figures: counted from the graph, or taken from a VoID description when one is given. */
class HomeFiguresTest {

    private final Graph g = WebFixture.publication();

    @Test
    void countedFromTheGraph() {
        HomePage.Figures f = HomePage.Figures.of(g, null);
        assertThat(f.triples()).isEqualTo(g.size());
        assertThat(f.perClass().get(Rdf.iri(Rdf.ONTOLOGY + "#Model"))).isEqualTo(3);
        assertThat(f.perClass().get(Rdf.iri(Rdf.ONTOLOGY + "#Organisation"))).isEqualTo(3);
    }

    @Test
    void takenFromVoidWhenGiven() {
        Graph v = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                @prefix void: <http://rdfs.org/ns/void#> .
                <https://w3id.org/ai4s-kg/dataset> a void:Dataset ; void:triples 4242 ; void:entities 385 ;
                    void:classPartition [ void:class <https://w3id.org/ai4s-kg/ontology#Model> ; void:entities 17 ] .
                """, org.apache.jena.riot.Lang.TURTLE).parse(v);
        HomePage.Figures f = HomePage.Figures.of(g, v);
        assertThat(f.triples()).isEqualTo(4242);
        assertThat(f.entities()).isEqualTo(385);
        assertThat(f.perClass().get(Rdf.iri(Rdf.ONTOLOGY + "#Model"))).isEqualTo(17);
        assertThat(f.perClass().get(Rdf.iri(Rdf.ONTOLOGY + "#Organisation"))).isEqualTo(3);
    }

    @Test
    void sourceDocumentsAreTheTopsOfThePartOfChains() {
        assertThat(HomePage.sourceDocuments(g)).containsExactly(Rdf.iri(Rdf.RESOURCES + "source-document"));
    }
}
