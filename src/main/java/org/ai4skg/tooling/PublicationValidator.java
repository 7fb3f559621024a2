package org.ai4skg.tooling;

import java.nio.file.Path;
import java.util.List;

import org.ai4skg.core.Layout;
import org.ai4skg.validate.Validation;
import org.ai4skg.validate.Validator;

/**
 * The check that {@code ai4s load} and {@code ai4s push} run before they write anything; {@link #forLayout} runs
 * exactly what {@code ai4s validate} runs.
 */
@FunctionalInterface
public interface PublicationValidator {

    /**
     * Validates the union of the RDF files and folders {@code dataPaths} (the vocabulary included).
     *
     * @throws org.ai4skg.core.Ai4sException (exit 3) when a file cannot be read or parsed
     */
    ValidationOutcome validate(List<Path> dataPaths);

    /** The validator used by the commands: {@code ai4s validate} with the shapes of the layout's {@code shapes/} folder. */
    static PublicationValidator forLayout(Layout layout) {
        return dataPaths -> {
            Validation validation = Validator.validate(dataPaths, List.of(layout.shapes()));
            return new ValidationOutcome(validation.conforms(), validation.text().lines().toList());
        };
    }
}
