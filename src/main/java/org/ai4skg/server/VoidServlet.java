package org.ai4skg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ai4skg.export.JsonLdContext;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code /.well-known/void}: the VoID description and the DCAT catalogue that {@code ai4s export} writes next to the
 * dumps ({@code void.ttl}, {@code catalog.ttl}), merged into one graph. Without a {@code void.ttl} it describes the served
 * data itself: triples, {@code void:uriSpace}, the SPARQL endpoint and a {@code void:dataDump} per served dump file.
 */
final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String VOID = "http://rdfs.org/ns/void#";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(VoidServlet.class);

    private final transient Graph graph;
    private final String etagPrefix;
    private final transient Instant lastModified;

    VoidServlet(Path dumps, long triples, DataVersion version) {
        Path voidFile = dumps == null ? null : dumps.resolve("void.ttl");
        Path catalog = dumps == null ? null : dumps.resolve("catalog.ttl");
        if (voidFile != null && Files.isRegularFile(voidFile)) {
            graph = GraphFactory.createDefaultGraph();
            RDFParser.source(voidFile).parse(graph);
            Instant newest = modified(voidFile);
            if (Files.isRegularFile(catalog)) {
                RDFParser.source(catalog).parse(graph);
                Instant other = modified(catalog);
                newest = other.isAfter(newest) ? other : newest;
            }
            lastModified = newest;
            warnAboutMissingDumps(graph, dumps);
        } else {
            graph = generated(dumps, triples, version);
            lastModified = version.lastModified();
        }
        etagPrefix = "void-" + version.hash() + "-" + lastModified.getEpochSecond();
    }

    /** The served VoID graph. */
    Graph graph() {
        return graph;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "public, max-age=3600");
        RdfResponses.write(request, response, graph, etagPrefix, lastModified);
    }

    private static Graph generated(Path dumps, long triples, DataVersion version) {
        Graph g = GraphFactory.createDefaultGraph();
        Node dataset = NodeFactory.createURI(Namespace.BASE);
        g.add(dataset, RDF.type.asNode(), uri(VOID + "Dataset"));
        g.add(dataset, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(Namespace.BASE));
        g.add(dataset, uri(VOID + "sparqlEndpoint"), uri(Namespace.BASE + "sparql"));
        g.add(dataset, uri(VOID + "vocabulary"), uri(Namespace.ONTOLOGY));
        g.add(dataset, uri(VOID + "triples"), NodeFactory.createLiteralDT(Long.toString(triples), XSDDatatype.XSDinteger));
        g.add(dataset, DCTerms.hasVersion.asNode(), NodeFactory.createLiteralString(version.versionInfo()));
        for (String file : dumpFiles(dumps)) {
            g.add(dataset, uri(VOID + "dataDump"), uri(Namespace.BASE + "dumps/" + file));
        }
        g.getPrefixMapping().setNsPrefixes(JsonLdContext.standard().prefixesUsedBy(g));
        return g;
    }

    /** A {@code void:dataDump} under {@code dumps/} that is not in the dumps folder would be a broken link. */
    private static void warnAboutMissingDumps(Graph graph, Path dumps) {
        String prefix = Namespace.BASE + "dumps/";
        graph.find(Node.ANY, uri(VOID + "dataDump"), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(prefix)
                    && !Files.isRegularFile(dumps.resolve(t.getObject().getURI().substring(prefix.length())))) {
                LOG.warn("void.ttl names a dump that is not served: {}", t.getObject().getURI());
            }
        });
    }

    private static List<String> dumpFiles(Path dumps) {
        if (dumps == null || !Files.isDirectory(dumps)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dumps)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> name.matches(".*\\.(ttl|nt|nq|jsonld|rdf|trig)(\\.gz)?") && !name.equals("void.ttl")
                            && !name.equals("catalog.ttl"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
