package org.ai4skg.push;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Consumer;

import org.ai4skg.failure.Ai4sException;
import org.ai4skg.failure.ExitKind;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.http.HttpLib;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Publishes a graph into any SPARQL 1.1 Graph Store Protocol endpoint in bounded batches of N-Triples, through Jena's
 * GSP client: one POST per batch, or with {@code replace} a PUT for the first batch (DELETE when there is nothing to
 * send) so the target graph ends holding exactly the graph. Triples that touch a blank node travel together in one
 * batch, since a blank node cannot be shared across requests.
 *
 * <p>Each batch is atomic at the server; the push as a whole is not (GSP has no cross-request transaction): a push
 * stopped midway leaves the batches already sent, and running it again with {@code replace} repairs the target.
 * Login and connection problems surface on the first request, before anything is written.
 */
public final class GraphStorePusher {

    private final PushTarget target;
    private final HttpClient client;

    public GraphStorePusher(PushTarget target) {
        this.target = target;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Sends {@code graph} in batches of at most {@code batchSize} triples (the blank-node batch excepted). */
    public PushSummary push(Graph graph, boolean replace, int batchSize) {
        if (batchSize < 1) {
            throw Ai4sException.usage("--batch-size must be at least 1");
        }
        checkEndpoint();
        long start = System.nanoTime();
        Batches batches = new Batches(replace);
        Graph batch = GraphFactory.createGraphMem();
        Graph blank = GraphFactory.createGraphMem();
        var it = graph.find();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                    blank.add(t);
                    continue;
                }
                batch.add(t);
                if (batch.size() == batchSize) {
                    batches.send(batch);
                    batch = GraphFactory.createGraphMem();
                }
            }
        } finally {
            it.close();
        }
        if (!batch.isEmpty()) {
            batches.send(batch);
        }
        if (!blank.isEmpty()) {
            batches.send(blank);
        }
        if (batches.requests == 0 && replace) {
            call("DELETE", true, GSP::DELETE);
            batches.requests++;
        }
        return new PushSummary(batches.sent, batches.requests, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Counts what was sent; the first batch of a replacing push is a PUT. */
    private final class Batches {
        private final boolean replace;
        private int requests;
        private long sent;

        Batches(boolean replace) {
            this.replace = replace;
        }

        void send(Graph batch) {
            boolean put = replace && requests == 0;
            call(put ? "PUT" : "POST", false, put ? gsp -> gsp.PUT(batch) : gsp -> gsp.POST(batch));
            requests++;
            sent += batch.size();
        }
    }

    private void checkEndpoint() {
        try {
            URI uri = new URI(target.endpoint());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new URISyntaxException(target.endpoint(), "no scheme or host");
            }
        } catch (URISyntaxException e) {
            throw Ai4sException.usage("not a valid endpoint URL: " + target.endpoint());
        }
    }

    private GSP request() {
        GSP gsp = GSP.service(target.endpoint()).httpClient(client).contentType(RDFFormat.NTRIPLES);
        gsp = target.graph() == null ? gsp.defaultGraph() : gsp.graphName(target.graph());
        if (target.user() != null) {
            gsp.httpHeader("Authorization", HttpLib.basicAuth(target.user(), target.password() == null ? "" : target.password()));
        }
        return gsp;
    }

    private void call(String method, boolean notFoundIsFine, Consumer<GSP> operation) {
        try {
            operation.accept(request());
        } catch (HttpException e) {
            int status = e.getStatusCode();
            if (status <= 0) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (cause instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    throw new Ai4sException(ExitKind.INTERNAL, "interrupted while pushing to " + target.endpoint(), e);
                }
                throw new Ai4sException(ExitKind.UNREADABLE_INPUT, "cannot reach the endpoint " + target.endpoint() + " ("
                        + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")", e);
            }
            if (notFoundIsFine && status == 404) {
                return;
            }
            if (status == 401 || status == 403) {
                throw new Ai4sException(ExitKind.UNREADABLE_INPUT, "the endpoint " + target.endpoint() + " refused the login (HTTP " + status + ")"
                        + (target.user() == null ? "; give --user and --password-env" : " for user " + target.user()));
            }
            String body = e.getResponse();
            String detail = body == null ? "" : body.strip().lines().findFirst().orElse("");
            throw new Ai4sException(ExitKind.UNREADABLE_INPUT, "the endpoint " + target.endpoint() + " answered HTTP " + status + " to "
                    + method + (detail.isEmpty() ? "" : ": " + detail));
        }
    }
}
