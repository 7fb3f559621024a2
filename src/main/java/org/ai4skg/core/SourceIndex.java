package org.ai4skg.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * Where things are described: for each subject the first file and line where it appears as a subject, and for any
 * other node the first place it appears as an object. Filled while parsing.
 */
public final class SourceIndex {
    private final Map<Node, Location> subjects = new HashMap<>();
    private final Map<Node, Location> objects = new HashMap<>();

    /** Records the position of a triple read from a file; only the first position of a node is kept. */
    public void record(Node subject, Node object, Location where) {
        subjects.putIfAbsent(subject, where);
        if (!object.isLiteral()) {
            objects.putIfAbsent(object, where);
        }
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
    }
}
