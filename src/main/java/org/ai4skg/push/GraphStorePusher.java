package org.ai4skg.push;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.ai4skg.failure.Ai4sException;
import org.ai4skg.failure.ExitKind;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * Publishes a graph into any SPARQL 1.1 Graph Store Protocol endpoint in bounded batches of N-Triples: one POST per
 * batch, or with {@code replace} a PUT for the first batch (DELETE when there is nothing to send) so the target graph
 * ends holding exactly the graph. Triples that touch a blank node travel together in one batch, since a blank node
 * cannot be shared across requests.
 *
 * <p>Each batch is atomic at the server; the push as a whole is not (GSP has no cross-request transaction): a push
 * stopped midway leaves the batches already sent, and running it again with {@code replace} repairs the target.
 * Login and connection problems surface on the first request, before anything is written.
 */
public final class GraphStorePusher {

    private static final String NTRIPLES = "application/n-triples";

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
        long start = System.nanoTime();
        int requests = 0;
        long sent = 0;
        boolean first = true;
        List<Triple> batch = new ArrayList<>(Math.min(batchSize, 100_000));
        List<Triple> blank = new ArrayList<>();
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
                    send(batch, replace && first);
                    requests++;
                    sent += batch.size();
                    first = false;
                    batch.clear();
                }
            }
        } finally {
            it.close();
        }
        if (!batch.isEmpty()) {
            send(batch, replace && first);
            requests++;
            sent += batch.size();
            first = false;
        }
        if (!blank.isEmpty()) {
            send(blank, replace && first);
            requests++;
            sent += blank.size();
            first = false;
        }
        if (first && replace) {
            clear();
            requests++;
        }
        return new PushSummary(sent, requests, Duration.ofNanos(System.nanoTime() - start));
    }

    private void send(List<Triple> triples, boolean put) {
        StringBuilder body = new StringBuilder(triples.size() * 128);
        for (Triple t : triples) {
            body.append(term(t.getSubject())).append(' ').append(term(t.getPredicate())).append(' ')
                    .append(term(t.getObject())).append(" .\n");
        }
        HttpRequest.BodyPublisher payload = HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8);
        HttpRequest.Builder request = request().header("Content-Type", NTRIPLES + "; charset=utf-8");
        exchange(put ? request.PUT(payload) : request.POST(payload), put ? "PUT" : "POST", false);
    }

    private void clear() {
        exchange(request().DELETE(), "DELETE", true);
    }

    private HttpRequest.Builder request() {
        String separator = target.endpoint().contains("?") ? "&" : "?";
        String query = target.graph() == null ? "default"
                : "graph=" + URLEncoder.encode(target.graph(), StandardCharsets.UTF_8);
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(target.endpoint() + separator + query));
        } catch (IllegalArgumentException e) {
            throw Ai4sException.usage("not a valid endpoint URL: " + target.endpoint());
        }
        builder.timeout(Duration.ofMinutes(10));
        if (target.user() != null) {
            String credentials = target.user() + ":" + (target.password() == null ? "" : target.password());
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private void exchange(HttpRequest.Builder request, String method, boolean notFoundIsFine) {
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new Ai4sException(ExitKind.UNREADABLE_INPUT, "cannot reach the endpoint " + target.endpoint() + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } catch (IOException e) {
            throw new Ai4sException(ExitKind.UNREADABLE_INPUT, "cannot reach the endpoint " + target.endpoint() + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Ai4sException(ExitKind.INTERNAL, "interrupted while pushing to " + target.endpoint(), e);
        }
        int status = response.statusCode();
        if (status / 100 == 2 || notFoundIsFine && status == 404) {
            return;
        }
        if (status == 401 || status == 403) {
            throw new Ai4sException(ExitKind.UNREADABLE_INPUT, "the endpoint " + target.endpoint() + " refused the login (HTTP " + status + ")"
                    + (target.user() == null ? "; give --user and --password-env" : " for user " + target.user()));
        }
        String detail = response.body() == null ? "" : response.body().strip().lines().findFirst().orElse("");
        throw new Ai4sException(ExitKind.UNREADABLE_INPUT, "the endpoint " + target.endpoint() + " answered HTTP " + status + " to " + method
                + (detail.isEmpty() ? "" : ": " + detail));
    }

    private static String term(Node node) {
        return NodeFmtLib.strNT(node);
    }
}
