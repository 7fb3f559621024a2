package org.ai4skg.publication;

import java.nio.file.Path;
import java.util.List;

import org.ai4skg.failure.Ai4sException;
import org.ai4skg.failure.UnreadableInputException;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;

/** The published graph: the vocabulary ({@code ontology/}) and the instance data ({@code data/}), read from files. */
public record Publication(Graph vocabulary, Graph data) {

    /**
     * Reads {@code ontology/} and {@code data/} of the layout.
     *
     * @throws Ai4sException (exit 3) listing every syntax error, one {@code file:line:column: message} a line
     */
    public static Publication load(Layout layout) {
        return new Publication(readAll(layout.ontology()), readAll(layout.data()));
    }

    /** Vocabulary and data together, as one new graph, with the prefixes of both. */
    public Graph all() {
        Graph union = GraphFactory.createDefaultGraph();
        union.getPrefixMapping().setNsPrefixes(data.getPrefixMapping()).setNsPrefixes(vocabulary.getPrefixMapping());
        vocabulary.find().forEach(union::add);
        data.find().forEach(union::add);
        return union;
    }

    private static Graph readAll(Path folder) {
        RdfReader.Result result = RdfReader.read(RdfFiles.list(List.of(folder)));
        if (!result.ok()) {
            throw new UnreadableInputException(result.problems());
        }
        Graph graph = result.graph();
        graph.getPrefixMapping().setNsPrefixes(org.apache.jena.riot.system.Prefixes.adapt(result.prefixes()));
        return graph;
    }
}
