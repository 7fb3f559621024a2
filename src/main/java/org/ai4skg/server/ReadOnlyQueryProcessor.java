package org.ai4skg.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Fuseki's SPARQL query operation with honest limits: {@code SERVICE} calls are checked by the {@link ServiceGuard}
 * before execution, and a SELECT is evaluated to completion (up to the row cap) before the first byte is written, so a
 * timeout becomes an error status instead of a 200 with a truncated body. A capped result is complete up to the cap and
 * carries the header {@value #ROW_CAP_HEADER}; a CONSTRUCT or DESCRIBE keeps at most the triple cap of distinct triples and,
 * when cut, carries {@value #TRIPLE_CAP_HEADER}.
 */
public class ReadOnlyQueryProcessor extends SPARQL_QueryDataset {
    /** Set on a SELECT response that was cut at the row cap; its value is the cap. */
    public static final String ROW_CAP_HEADER = "X-Ai4s-Row-Cap";
    /** Set on a CONSTRUCT or DESCRIBE response that was cut at the triple cap; its value is the cap. */
    public static final String TRIPLE_CAP_HEADER = "X-Ai4s-Triple-Cap";

    private final ServiceGuard guard;
    private final long maxRows;
    private final long maxTriples;

    /**
     * @param maxRows    the most rows a SELECT returns
     * @param maxTriples the most triples a CONSTRUCT or DESCRIBE returns
     */
    public ReadOnlyQueryProcessor(ServiceGuard guard, long maxRows, long maxTriples) {
        this.guard = guard;
        this.maxRows = maxRows;
        this.maxTriples = maxTriples;
    }

    /** The query text of the request being handled on this thread (for the cheap SERVICE pre-check). */
    private static final ThreadLocal<String> QUERY_TEXT = new ThreadLocal<>();

    @Override
    protected void execute(String queryString, HttpAction action) {
        QUERY_TEXT.set(queryString);
        try {
            super.execute(queryString, action);
        } finally {
            QUERY_TEXT.remove();
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (mayCallAService(QUERY_TEXT.get())) {
            guard.refusal(query).ifPresent(ServletOps::errorBadRequest);
        }
    }

    /**
     * False only when the text cannot contain a {@code SERVICE} (no such word, no backslash-u escape that could spell
     * it), so that most queries skip the algebra walk. The service-executor link checks every call anyway.
     */
    static boolean mayCallAService(String text) {
        if (text == null) {
            return true;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("service") || lower.contains("\\u");
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        if (requestQuery.isConstructType() && !requestQuery.isConstructQuad()) {
            return new QueryExecResult(DatasetGraphFactory.wrap(capped(action, queryExec.constructTriples())));
        }
        if (requestQuery.isDescribeType()) {
            return new QueryExecResult(capped(action, queryExec.describeTriples()));
        }
        if (requestQuery.isConstructQuad()) {
            return cappedQuads(action, queryExec.constructQuads());
        }
        if (!requestQuery.isSelectType()) {
            return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        }
        RowSet rows = queryExec.select();
        List<Var> vars = rows.getResultVars();
        List<Binding> buffered = new ArrayList<>();
        boolean capped = false;
        while (rows.hasNext()) {
            if (buffered.size() >= maxRows) {
                capped = true;
                break;
            }
            buffered.add(rows.next());
        }
        if (capped) {
            action.setResponseHeader(ROW_CAP_HEADER, Long.toString(maxRows));
            action.log.info(String.format("[%d] result capped at %d rows", action.id, maxRows));
        }
        return new QueryExecResult(RowSetStream.create(vars, buffered.iterator()));
    }

    /** The distinct triples, up to the triple cap (stated by {@value #TRIPLE_CAP_HEADER} when reached). */
    private Graph capped(HttpAction action, Iterator<Triple> triples) {
        Graph graph = GraphFactory.createDefaultGraph();
        while (triples.hasNext()) {
            Triple triple = triples.next();
            if (graph.contains(triple)) {
                continue;
            }
            if (graph.size() >= maxTriples) {
                tripleCapReached(action);
                break;
            }
            graph.add(triple);
        }
        return graph;
    }

    /** The distinct quads of a CONSTRUCT with GRAPH templates, up to the triple cap. */
    private QueryExecResult cappedQuads(HttpAction action, Iterator<Quad> quads) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        long count = 0;
        while (quads.hasNext()) {
            Quad quad = quads.next();
            if (dataset.contains(quad)) {
                continue;
            }
            if (count >= maxTriples) {
                tripleCapReached(action);
                break;
            }
            dataset.add(quad);
            count++;
        }
        return new QueryExecResult(dataset);
    }

    private void tripleCapReached(HttpAction action) {
        action.setResponseHeader(TRIPLE_CAP_HEADER, Long.toString(maxTriples));
        action.log.info(String.format("[%d] result capped at %d triples", action.id, maxTriples));
    }
}
