package org.ai4skg.server;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ai4skg.export.JsonLdContext;
import org.ai4skg.export.RdfSyntax;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;

/** Answers a GET of {@code /sparql} without a query with the SPARQL 1.1 Service Description of the endpoint. */
final class ServiceDescriptionFilter implements Filter {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = RdfSyntax.FORMATS;
    /** The SPARQL result formats Fuseki writes; graph results come in the description formats' syntaxes. */
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV");

    private final BaseUrl baseUrl;
    private final long triples;
    private final DataVersion version;
    private final QueryAdmission admission;
    private final RequestLimits requestLimits;

    ServiceDescriptionFilter(BaseUrl baseUrl, long triples, DataVersion version, QueryAdmission admission,
                             RequestLimits requestLimits) {
        this.baseUrl = baseUrl;
        this.triples = triples;
        this.version = version;
        this.admission = admission;
        this.requestLimits = requestLimits;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String method = request.getMethod();
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (read && request.getQueryString() == null && isEndpoint(request)) {
            String endpoint = baseUrl.of(request) + "sparql";
            RdfResponses.write(request, response, describe(endpoint),
                    "sd-" + version.hash() + "-" + Integer.toHexString(endpoint.hashCode()), version.lastModified());
            return;
        }
        chain.doFilter(req, resp);
    }

    private static boolean isEndpoint(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/sparql");
    }

    private Graph describe(String endpoint) {
        Graph g = GraphFactory.createDefaultGraph();
        Node service = NodeFactory.createBlankNode();
        g.add(service, RDF.type.asNode(), uri(SD + "Service"));
        g.add(service, uri(SD + "endpoint"), uri(endpoint));
        g.add(service, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query"));
        g.add(service, uri(SD + "feature"), uri(SD + "BasicFederatedQuery"));
        g.add(service, uri(SD + "defaultEntailmentRegime"), uri("http://www.w3.org/ns/entailment/Simple"));
        for (String format : RESULT_FORMATS) {
            g.add(service, uri(SD + "resultFormat"), uri(FORMATS + format));
        }
        for (RdfFormat format : RdfFormat.rdfOnly()) {
            g.add(service, uri(SD + "resultFormat"), uri(format.syntax().orElseThrow().formatIri()));
        }
        g.add(service, RDFS.comment.asNode(), NodeFactory.createLiteralString(limits(admission)));
        g.add(service, RDFS.comment.asNode(), NodeFactory.createLiteralString(limits(requestLimits)));
        Node dataset = NodeFactory.createBlankNode();
        Node graph = NodeFactory.createBlankNode();
        g.add(service, uri(SD + "defaultDataset"), dataset);
        g.add(dataset, RDF.type.asNode(), uri(SD + "Dataset"));
        g.add(dataset, uri(SD + "defaultGraph"), graph);
        g.add(graph, RDF.type.asNode(), uri(SD + "Graph"));
        g.add(graph, VOID.triples.asNode(), NodeFactory.createLiteralDT(Long.toString(triples), XSDDatatype.XSDinteger));
        g.getPrefixMapping().setNsPrefixes(JsonLdContext.standard().prefixesUsedBy(g));
        return g;
    }

    /** The admission limits in one sentence, for people reading the description. */
    static String limits(QueryAdmission admission) {
        return "At most " + admission.maxConcurrent() + " queries run at once and " + admission.queue()
                + " more wait up to " + admission.maxWait().toSeconds() + " s, else 503 with Retry-After; each client may use "
                + admission.timePerMinute().toSeconds() + " s of query time per minute"
                + (admission.perClient() == Integer.MAX_VALUE ? ""
                        : " and have " + admission.perClient() + " queries running or waiting at once")
                + ", else 429 with Retry-After.";
    }

    /** The request limits and connection timeouts in one sentence, for people reading the description. */
    static String limits(RequestLimits limits) {
        return "A request may have at most " + limits.headerBytes() + " bytes of request line and headers (else 431), "
                + limits.queryStringBytes() + " of query string and " + limits.bodyBytes() + " of body (else 413); "
                + "a connection is closed when its request line and headers take more than "
                + limits.headerTimeout().toSeconds() + " s, or when it sends or takes no byte for "
                + limits.idleTimeout().toSeconds() + " s; a request body not whole within "
                + limits.headerTimeout().toSeconds() + " s of its headers gets 408 and the connection closed.";
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
