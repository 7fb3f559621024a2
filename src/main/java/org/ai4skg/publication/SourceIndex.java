package org.ai4skg.publication;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Where things are described: for each subject the first file and line where it appears as a subject, and for any
 * other node the first place it appears as an object, and where each triple is first stated. Filled while parsing.
 */
public final class SourceIndex {
    private final Map<Node, Location> subjects = new HashMap<>();
    private final Map<Node, Location> objects = new HashMap<>();
    private final Map<Triple, Location> triples = new HashMap<>();

    /** Records the position of a triple read from a file; only the first position of a node or triple is kept. */
    public void record(Triple triple, Location where) {
        subjects.putIfAbsent(triple.getSubject(), where);
        if (!triple.getObject().isLiteral()) {
            objects.putIfAbsent(triple.getObject(), where);
        }
        triples.putIfAbsent(triple, where);
    }

    /** Where the triple is first stated. */
    public Optional<Location> locate(Triple triple) {
        return Optional.ofNullable(triples.get(triple));
    }

    /** Where {@code node} is first described as a subject, else where it is first used as an object. */
    public Optional<Location> locate(Node node) {
        if (node == null) {
            return Optional.empty();
        }
        Location where = subjects.get(node);
        return Optional.ofNullable(where != null ? where : objects.get(node));
    }

    /** Adds the positions of another index that this one does not know yet. */
    public void addAll(SourceIndex other) {
        other.subjects.forEach(subjects::putIfAbsent);
        other.objects.forEach(objects::putIfAbsent);
        other.triples.forEach(triples::putIfAbsent);
    }
}
