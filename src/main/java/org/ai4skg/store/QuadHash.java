package org.ai4skg.store;

import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * An order-independent hash of a set of quads (sum and rotated xor of each quad's FNV-1a hash, and the count): the
 * same data gives the same hex text whatever order it is read in. Blank nodes count as one anonymous node, so that
 * re-reading the same files gives the same hash.
 */
public final class QuadHash {

    private long sum;
    private long xor;
    private long count;

    /** Adds one quad. */
    public void add(Quad quad) {
        long h = fnv(text(quad.getSubject()) + ' ' + text(quad.getPredicate()) + ' ' + text(quad.getObject()) + ' '
                + text(quad.getGraph()));
        sum += h;
        xor ^= Long.rotateLeft(h, 17);
        count++;
    }

    /** The hash of the quads added so far, as hex text. */
    public String hex() {
        return Long.toHexString(sum) + Long.toHexString(xor) + Long.toHexString(count);
    }

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
