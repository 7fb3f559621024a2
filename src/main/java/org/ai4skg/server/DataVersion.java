package org.ai4skg.server;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;

/**
 * The version of the served data, computed once at start: the vocabulary's {@code owl:versionInfo}, an
 * order-independent hash of every quad, and a modification time. Validators ({@code ETag}, {@code Last-Modified}) of
 * every generated response derive from it, so they change exactly when the data does.
 *
 * @param versionInfo  {@code owl:versionInfo} of the ontology, or {@code "unversioned"}
 * @param hash         hex digest of the data
 * @param lastModified when the data last changed (second precision)
 */
public record DataVersion(String versionInfo, String hash, Instant lastModified) {

    public DataVersion {
        lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Computes the version of a dataset; {@code lastModified} is the newest modification time of its sources. */
    public static DataVersion of(DatasetGraph dataset, Instant lastModified) {
        return Txn.calculateRead(dataset, () -> {
            long sum = 0;
            long xor = 0;
            long count = 0;
            var quads = dataset.find();
            while (quads.hasNext()) {
                var quad = quads.next();
                long h = fnv(text(quad.getSubject()) + ' ' + text(quad.getPredicate()) + ' ' + text(quad.getObject()) + ' '
                        + text(quad.getGraph()));
                sum += h;
                xor ^= Long.rotateLeft(h, 17);
                count++;
            }
            String info = "unversioned";
            Node ontology = NodeFactory.createURI(Namespace.ONTOLOGY);
            var found = dataset.getDefaultGraph().find(ontology, OWL.versionInfo.asNode(), Node.ANY);
            if (found.hasNext()) {
                info = found.next().getObject().getLiteralLexicalForm();
            }
            String hash = Long.toHexString(sum) + Long.toHexString(xor) + Long.toHexString(count);
            return new DataVersion(info, hash, lastModified);
        });
    }

    /** A strong entity tag for one representation ({@code variant} names format, language, page ...). */
    public String etag(String variant) {
        return "\"" + safe(versionInfo) + "-" + hash + "-" + safe(variant) + "\"";
    }

    private static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Blank nodes count as one anonymous node, so that re-reading the same files gives the same version. */
    private static String text(Node node) {
        return node.isBlank() ? "_:" : node.toString();
    }

    private static long fnv(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
