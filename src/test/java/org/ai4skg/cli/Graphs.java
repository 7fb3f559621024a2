package org.ai4skg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Publication;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/** Reading graphs back in tests, with Jena's own parsers. */
public final class Graphs {

    private Graphs() {
    }

    /** The default graph of an RDF file in any syntax (by extension, {@code .gz} allowed). */
    public static Graph read(Path file) {
        String name = file.getFileName().toString();
        boolean gzip = name.endsWith(".gz");
        Lang lang = RDFLanguages.filenameToLang(gzip ? name.substring(0, name.length() - 3) : name);
        try (InputStream in = gzip ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
            RDFParser.source(in).lang(lang).parse(dataset);
            Graph graph = GraphFactory.createDefaultGraph();
            dataset.getDefaultGraph().find().forEach(graph::add);
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The graph with every literal in its canonical lexical form ({@code "24"^^xsd:decimal} as {@code "24.0"}): TDB2
     * stores numbers and dates by value, so a store holds the same values as the files, canonically spelt.
     */
    public static Graph canonical(Graph graph) {
        Graph canonical = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> canonical.add(org.apache.jena.graph.Triple.create(t.getSubject(),
                t.getPredicate(), org.apache.jena.riot.process.normalize.CanonicalizeLiteral.get().apply(t.getObject()))));
        return canonical;
    }

    /** The whole sample publication. */
    public static Graph fixture() {
        return Publication.load(new Layout(Run.FIXTURE)).all();
    }
}
