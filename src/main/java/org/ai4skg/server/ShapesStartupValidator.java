package org.ai4skg.server;

import java.util.Optional;

import org.ai4skg.publication.Layout;
import org.ai4skg.validate.Validation;
import org.ai4skg.validate.Validator;
import org.apache.jena.graph.Graph;

/**
 * Validates the layout's {@code ontology/} and {@code data/} against its {@code shapes/} exactly as
 * {@code ai4s validate} does (data shapes and vocabulary-hygiene checks); warnings do not stop the server.
 */
final class ShapesStartupValidator implements StartupValidator {

    @Override
    public Optional<String> problems(Layout layout, Graph data) {
        if (!java.nio.file.Files.isDirectory(layout.shapes())) {
            return Optional.empty();
        }
        Validation validation = Validator.validate(layout);
        return validation.conforms() ? Optional.empty() : Optional.of(validation.text());
    }
}
