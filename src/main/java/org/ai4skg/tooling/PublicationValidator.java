package org.ai4skg.tooling;

import java.nio.file.Path;
import java.util.List;

import org.ai4skg.core.Layout;

/**
 * The check that {@code ai4s load} and {@code ai4s push} run before they write anything: the seam where the project's
 * validator ({@code ai4s validate}, {@code org.ai4skg.validate.Validator}) plugs in. {@link #forLayout} is the one
 * place that chooses the implementation; to use the project's validator it becomes:
 *
 * <pre>
 * return dataPaths -&gt; {
 *     Validation v = Validator.validate(dataPaths, List.of(layout.shapes()));
 *     return new ValidationOutcome(v.conforms(), v.text().lines().toList());
 * };
 * </pre>
 */
@FunctionalInterface
public interface PublicationValidator {

    /**
     * Validates the union of the RDF files and folders {@code dataPaths} (the vocabulary included).
     *
     * @throws org.ai4skg.core.Ai4sException (exit 3) when a file cannot be read or parsed
     */
    ValidationOutcome validate(List<Path> dataPaths);

    /** The validator used by the commands: SHACL with the shapes of the layout's {@code shapes/} folder. */
    static PublicationValidator forLayout(Layout layout) {
        return new ShaclPublicationValidator(layout.shapes());
    }
}
