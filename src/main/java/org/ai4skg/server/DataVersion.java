package org.ai4skg.server;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.ai4skg.store.QuadHash;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;

/**
 * The version of the served data, computed once at start (or read from the store's summary): the vocabulary's
 * {@code owl:versionInfo}, an order-independent hash of every quad ({@link QuadHash}), and a modification time.
 * Validators ({@code ETag}, {@code Last-Modified}) of every generated response derive from it, so they change exactly
 * when the data does.
 *
 * @param versionInfo  {@code owl:versionInfo} of the ontology, or {@code "unversioned"}
 * @param hash         hex digest of the data
 * @param lastModified when the data last changed (second precision)
 */
public record DataVersion(String versionInfo, String hash, Instant lastModified) {

    public DataVersion {
        lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Computes the version of a dataset (reading every quad); {@code lastModified} is the newest modification time of
     * its sources.
     */
    public static DataVersion of(DatasetGraph dataset, Instant lastModified) {
        return Txn.calculateRead(dataset, () -> {
            QuadHash hash = new QuadHash();
            dataset.find().forEachRemaining(hash::add);
            return new DataVersion(versionInfo(dataset), hash.hex(), lastModified);
        });
    }

    /** The version of a dataset whose hash was computed before ({@link QuadHash}, by {@code ai4s load}): no scan. */
    public static DataVersion of(DatasetGraph dataset, String hash, Instant lastModified) {
        return Txn.calculateRead(dataset, () -> new DataVersion(versionInfo(dataset), hash, lastModified));
    }

    private static String versionInfo(DatasetGraph dataset) {
        Node ontology = NodeFactory.createURI(Namespace.ONTOLOGY);
        var found = dataset.getDefaultGraph().find(ontology, OWL.versionInfo.asNode(), Node.ANY);
        return found.hasNext() ? found.next().getObject().getLiteralLexicalForm() : "unversioned";
    }

    /** A strong entity tag for one representation ({@code variant} names format, language, page ...). */
    public String etag(String variant) {
        return "\"" + safe(versionInfo) + "-" + hash + "-" + safe(variant) + "\"";
    }

    private static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
