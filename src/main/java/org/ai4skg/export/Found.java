package org.ai4skg.export;

import java.util.Iterator;

import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

/** A {@code Graph.find} result usable in try-with-resources, so the iterator is always closed. */
final class Found implements Iterator<Triple>, AutoCloseable {

    private final ExtendedIterator<Triple> iterator;

    Found(ExtendedIterator<Triple> iterator) {
        this.iterator = iterator;
    }

    @Override
    public boolean hasNext() {
        return iterator.hasNext();
    }

    @Override
    public Triple next() {
        return iterator.next();
    }

    @Override
    public void close() {
        iterator.close();
    }
}
