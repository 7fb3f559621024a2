package org.ai4skg.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

class RdfReaderTest {

    private static final Path DATA = Path.of("src/test/resources/fixtures/validate/data");
    private static final String RES = "https://w3id.org/ai4s-kg/resource/";

    @Test
    void recordsWhereEachSubjectAndTripleIsFirstStated() {
        RdfReader.Result read = RdfReader.read(List.of(DATA.resolve("conforming.ttl"), DATA.resolve("warning-only.ttl")));
        assertThat(read.ok()).isTrue();
        Node alphafold = NodeFactory.createURI(RES + "alphafold-3");
        assertThat(read.sources().locate(alphafold).map(Location::file)).contains(DATA.resolve("conforming.ttl"));
        assertThat(read.sources().locate(alphafold).map(Location::line)).contains(8L);
        Node someLab = NodeFactory.createURI(RES + "some-lab");
        assertThat(read.sources().locate(someLab).map(Location::line)).contains(10L);
        Triple developer = Triple.create(alphafold,
                NodeFactory.createURI("https://w3id.org/ai4s-kg/ontology#developer"),
                NodeFactory.createURI(RES + "deepmind"));
        assertThat(read.sources().locate(developer).map(Location::line)).contains(11L);
        assertThat(read.prefixes().get("res")).isEqualTo(RES);
    }

    @Test
    void aNodeOnlyUsedAsAnObjectIsLocatedWhereItIsUsed() {
        RdfReader.Result read = RdfReader.read(List.of(DATA.resolve("conforming.ttl")));
        Node model = NodeFactory.createURI("https://w3id.org/ai4s-kg/ontology#Model");
        assertThat(read.sources().locate(model).map(Location::line)).contains(8L);
    }

    @Test
    void aMissingFileIsAProblemNotAnException() {
        RdfReader.Result read = RdfReader.read(List.of(DATA.resolve("no-such-file.ttl")));
        assertThat(read.problems()).singleElement().asString().endsWith("no-such-file.ttl: no such file");
    }
}
