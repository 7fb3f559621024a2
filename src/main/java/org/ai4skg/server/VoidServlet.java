package org.ai4skg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ai4skg.export.JsonLdContext;
import org.ai4skg.store.StoreSummary;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * {@code /.well-known/void}: the VoID description and DCAT catalogue exported with the served dumps, served as
 * exported. Without them (a TDB2 store served without dumps) it describes the served data itself: triples,
 * {@code void:uriSpace}, the SPARQL endpoint where this server answers (the configured base URL, else the request's),
 * a {@code void:dataDump} per served dump file and, when the data's summary is known, the figures counted by
 * {@code ai4s load}: entities, distinct subjects, class and property partitions.
 */
final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<Graph> exported;
    private final transient Path dumps;
    private final long triples;
    private final transient DataVersion version;
    private final transient BaseUrl baseUrl;
    private final transient StoreSummary summary;

    /**
     * @param exported          the exported VoID and catalogue (asked at each request, set before the server starts),
     *                          or a supplier of null to describe the served data
     * @param dumps             the served dumps folder, or null
     * @param baseUrl           where the server answers
     */
    VoidServlet(Supplier<Graph> exported, Path dumps, long triples, DataVersion version, BaseUrl baseUrl,
                StoreSummary summary) {
        this.summary = summary;
        this.exported = exported;
        this.dumps = dumps;
        this.triples = triples;
        this.version = version;
        this.baseUrl = baseUrl;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "public, max-age=3600");
        Graph graph = exported.get();
        if (graph != null) {
            RdfResponses.write(request, response, graph, "void-" + version.hash(), version.lastModified());
            return;
        }
        String base = baseUrl.of(request);
        RdfResponses.write(request, response, generated(base),
                "void-" + version.hash() + "-" + BaseUrl.digest(base), version.lastModified());
    }

    private Graph generated(String baseUrl) {
        Graph g = GraphFactory.createDefaultGraph();
        Node dataset = NodeFactory.createURI(Namespace.BASE);
        g.add(dataset, RDF.type.asNode(), VOID.Dataset.asNode());
        g.add(dataset, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(Namespace.BASE));
        g.add(dataset, VOID.sparqlEndpoint.asNode(), uri(baseUrl + LinkedDataServer.SPARQL_PATH.substring(1)));
        g.add(dataset, VOID.vocabulary.asNode(), uri(Namespace.ONTOLOGY));
        g.add(dataset, VOID.triples.asNode(), NodeFactory.createLiteralDT(Long.toString(triples), XSDDatatype.XSDinteger));
        g.add(dataset, DCTerms.hasVersion.asNode(), NodeFactory.createLiteralString(version.versionInfo()));
        for (String file : dumpFiles(dumps)) {
            g.add(dataset, VOID.dataDump.asNode(), uri(baseUrl + "dumps/" + file));
        }
        if (summary != null) {
            g.add(dataset, VOID.entities.asNode(), integer(summary.entities()));
            g.add(dataset, VOID.distinctSubjects.asNode(), integer(summary.distinctSubjects()));
            g.add(dataset, VOID.classes.asNode(), integer(summary.classes().size()));
            g.add(dataset, VOID.properties.asNode(), integer(summary.properties().size()));
            summary.classes().forEach((c, n) -> {
                Node partition = NodeFactory.createBlankNode();
                g.add(dataset, VOID.classPartition.asNode(), partition);
                g.add(partition, VOID._class.asNode(), uri(c));
                g.add(partition, VOID.entities.asNode(), integer(n));
            });
            summary.properties().forEach((p, n) -> {
                Node partition = NodeFactory.createBlankNode();
                g.add(dataset, VOID.propertyPartition.asNode(), partition);
                g.add(partition, VOID.property.asNode(), uri(p));
                g.add(partition, VOID.triples.asNode(), integer(n));
            });
        }
        g.getPrefixMapping().setNsPrefixes(JsonLdContext.standard().prefixesUsedBy(g));
        return g;
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

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
