package org.ai4skg.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Stable labels for blank nodes: the label is a hash of what the graph says about the node (its outgoing statements,
 * nested blank nodes described recursively, and the statements pointing at it), so the same graph gets the same labels
 * on every run and machine, whatever labels the parser invented.
 *
 * <p>Two blank nodes with the same description get the suffixes {@code -1}, {@code -2}...: they are interchangeable,
 * so whichever gets which suffix, the written bytes are the same.
 */
final class BlankNodeLabels {

    private final Graph graph;
    private final Map<Node, String> labels = new HashMap<>();
    private final Map<String, Integer> seenHashes = new HashMap<>();

    BlankNodeLabels(Graph graph) {
        this.graph = graph;
    }

    /** The stable label of a blank node, e.g. {@code b3f0a9c1d2e4b5a67}. */
    String label(Node blank) {
        String label = labels.get(blank);
        if (label == null) {
            String hash = hash(blank);
            int seen = seenHashes.merge(hash, 1, Integer::sum);
            label = seen == 1 ? "b" + hash : "b" + hash + "-" + seen;
            labels.put(blank, label);
        }
        return label;
    }

    private String hash(Node blank) {
        List<String> lines = new ArrayList<>();
        describeOutgoing(blank, new HashSet<>(), "", lines);
        try (Found in = new Found(graph.find(Node.ANY, Node.ANY, blank))) {
            while (in.hasNext()) {
                Triple t = in.next();
                lines.add("^ " + (t.getSubject().isBlank() ? "_:" : Terms.nt(t.getSubject())) + " " + Terms.nt(t.getPredicate()));
            }
        }
        Collections.sort(lines);
        MessageDigest digest = sha256();
        for (String line : lines) {
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        byte[] bytes = digest.digest();
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            hex.append(String.format("%02x", bytes[i]));
        }
        return hex.toString();
    }

    private void describeOutgoing(Node node, Set<Node> path, String indent, List<String> lines) {
        path.add(node);
        List<String> own = new ArrayList<>();
        try (Found out = new Found(graph.find(node, Node.ANY, Node.ANY))) {
            while (out.hasNext()) {
                Triple t = out.next();
                Node o = t.getObject();
                if (o.isBlank()) {
                    List<String> nested = new ArrayList<>();
                    if (!path.contains(o)) {
                        describeOutgoing(o, path, indent + " ", nested);
                    }
                    Collections.sort(nested);
                    own.add(indent + Terms.nt(t.getPredicate()) + " [" + String.join(";", nested) + "]");
                } else {
                    own.add(indent + Terms.nt(t.getPredicate()) + " " + Terms.nt(o));
                }
            }
        }
        path.remove(node);
        lines.addAll(own);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
