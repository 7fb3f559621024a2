package org.ai4skg.server;

import java.util.Optional;

import org.ai4skg.publication.Layout;
import org.apache.jena.graph.Graph;

/**
 * Checks the publication before it is served. {@code ai4s serve} refuses to start when this returns a report.
 * {@link ShapesStartupValidator} checks exactly what {@code ai4s validate} checks.
 */
@FunctionalInterface
interface StartupValidator {

    /**
     * @param layout where the publication's folders are (for the shapes)
     * @param data   everything that is about to be served (vocabulary and data)
     * @return empty when the data conforms, else the human-readable report
     */
    Optional<String> problems(Layout layout, Graph data);
}
