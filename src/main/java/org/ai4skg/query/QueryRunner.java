package org.ai4skg.query;

import java.io.OutputStream;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.Iterator;
import java.util.function.Function;

import org.ai4skg.failure.Ai4sException;
import org.ai4skg.failure.ExitKind;
import org.ai4skg.publication.Publication;
import org.ai4skg.export.GraphWriter;
import org.ai4skg.export.JsonLdContext;
import org.ai4skg.store.Tdb2Stores;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/** Runs one SPARQL query against a source and writes its results in the asked format, streaming where it can. */
public final class QueryRunner {

    private QueryRunner() {
    }

    /**
     * Parses a query.
     *
     * @throws Ai4sException (exit 2) with the line and column of a syntax error
     */
    public static Query parse(String text) {
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            // The message names the offending token's position; the exception's own is the token before it.
            String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            java.util.regex.Matcher at = java.util.regex.Pattern.compile("at line (\\d+), column (\\d+)").matcher(first);
            String position = at.find() ? "line " + at.group(1) + ", column " + at.group(2)
                    : "line " + e.getLine() + ", column " + e.getColumn();
            throw Ai4sException.usage("syntax error in the query at " + position + ": " + describe(e.getMessage()));
        }
    }

    /** The parser's message without its position (given separately) and JavaCC's token notation. */
    static String describe(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        if (first.contains("\"<EOF>\"")) {
            return "unexpected end of the query";
        }
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("Encountered\\s+\"\\s*\\S+\\s+\"(.*?)\\s*\"\"")
                .matcher(first);
        if (token.find()) {
            return "unexpected \"" + token.group(1).strip() + "\"";
        }
        return first.replaceFirst("^Lexical error at line \\d+, column \\d+\\.\\s*", "")
                .replaceFirst("^Line \\d+, column \\d+: ", "")
                .replaceFirst(" at line \\d+, column \\d+\\.?$", "");
    }

    /**
     * Runs {@code query} on {@code source} and writes the result to {@code out}; {@code format} null means a table for
     * SELECT/ASK and Turtle for CONSTRUCT/DESCRIBE.
     *
     * @throws Ai4sException exit 2 for a format that does not fit the query, 3 for a source that cannot be read or
     *                       reached
     */
    public static void run(Query query, QuerySource source, ResultFormat format, OutputStream out) {
        ResultFormat chosen = format != null ? format : query.isConstructType() || query.isDescribeType()
                ? ResultFormat.TTL : ResultFormat.TABLE;
        boolean rdfQuery = query.isConstructType() || query.isDescribeType();
        if (rdfQuery != chosen.rdf()) {
            throw Ai4sException.usage("format " + chosen.optionName() + " does not fit a " + query.queryType()
                    + " query (use " + (rdfQuery ? "ttl, nt or jsonld" : "table, csv, tsv, json or xml") + ")");
        }
        withExecution(query, source, execution -> {
            write(query, execution, chosen, out);
            return null;
        });
    }

    private static void withExecution(Query query, QuerySource source, Function<QueryExecution, Void> action) {
        if (source instanceof QuerySource.Files files) {
            DatasetGraph dataset = DatasetGraphFactory.wrap(Publication.load(files.layout()).all());
            try (QueryExecution execution = QueryExecution.create(query, DatasetFactory.wrap(dataset))) {
                action.apply(execution);
            }
        } else if (source instanceof QuerySource.Tdb2 tdb2) {
            DatasetGraph dataset = Tdb2Stores.openExisting(tdb2.folder());
            Txn.executeRead(dataset, () -> {
                try (QueryExecution execution = QueryExecution.create(query, DatasetFactory.wrap(dataset))) {
                    action.apply(execution);
                }
            });
        } else if (source instanceof QuerySource.Endpoint endpoint) {
            try (QueryExecution execution = QueryExecutionHTTP.service(endpoint.url()).query(query).build()) {
                action.apply(execution);
            } catch (HttpException | QueryExceptionHTTP e) {
                throw remoteFailure(endpoint.url(), e);
            }
        }
    }

    private static Ai4sException remoteFailure(String url, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpTimeoutException
                    || cause instanceof java.net.UnknownHostException) {
                return new Ai4sException(ExitKind.UNREADABLE_INPUT, "cannot reach the endpoint " + url + " (" + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")", e);
            }
        }
        int status = e instanceof HttpException h ? h.getStatusCode()
                : e instanceof QueryExceptionHTTP q ? q.getStatusCode() : -1;
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return new Ai4sException(ExitKind.UNREADABLE_INPUT, "the endpoint " + url + " answered " + (status > 0 ? "HTTP " + status + " " : "")
                + message, e);
    }

    private static void write(Query query, QueryExecution execution, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet results = execution.execSelect();
            switch (format) {
                case TABLE -> ResultSetFormatter.out(out, results, prefixes(query));
                case CSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_CSV);
                case TSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_TSV);
                case JSON -> ResultSetMgr.write(out, results, ResultSetLang.RS_JSON);
                case XML -> ResultSetMgr.write(out, results, ResultSetLang.RS_XML);
                default -> throw new IllegalStateException(format.name());
            }
        } else if (query.isAskType()) {
            boolean answer = execution.execAsk();
            switch (format) {
                case TABLE -> writeText(out, (answer ? "yes" : "no") + System.lineSeparator());
                case CSV -> ResultsWriter.create().lang(ResultSetLang.RS_CSV).build().write(out, answer);
                case TSV -> ResultsWriter.create().lang(ResultSetLang.RS_TSV).build().write(out, answer);
                case JSON -> ResultsWriter.create().lang(ResultSetLang.RS_JSON).build().write(out, answer);
                case XML -> ResultsWriter.create().lang(ResultSetLang.RS_XML).build().write(out, answer);
                default -> throw new IllegalStateException(format.name());
            }
        } else {
            Iterator<Triple> triples = query.isConstructType() ? execution.execConstructTriples()
                    : execution.execDescribeTriples();
            switch (format) {
                case NT -> {
                    StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
                    writer.start();
                    StreamRDFOps.sendTriplesToStream(triples, writer);
                    writer.finish();
                }
                case TTL, JSONLD -> {
                    // Sorted, with the published prefixes the result uses (Turtle) or the published context (JSON-LD).
                    Graph graph = GraphFactory.createDefaultGraph();
                    triples.forEachRemaining(graph::add);
                    GraphWriter.write(graph, format.syntax().orElseThrow(), out);
                }
                default -> throw new IllegalStateException(format.name());
            }
        }
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The published prefixes and the query's own, for prefixed names in a table. */
    private static PrefixMapping prefixes(Query query) {
        java.util.Map<String, String> sorted = new java.util.TreeMap<>(JsonLdContext.standard().prefixes());
        sorted.putAll(query.getPrefixMapping().getNsPrefixMap());
        PrefixMapping mapping = PrefixMapping.Factory.create();
        sorted.forEach(mapping::setNsPrefix);
        return mapping;
    }

    private static void writeText(OutputStream out, String text) {
        try {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
