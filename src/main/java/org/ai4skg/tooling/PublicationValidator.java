package org.ai4skg.tooling;

import java.util.function.Function;

import org.ai4skg.core.Layout;
import org.ai4skg.core.Publication;

/**
 * The check that {@code ai4s load} and {@code ai4s push} run before they write anything: the seam where the project's
 * validator ({@code ai4s validate}, package {@code org.ai4skg.validate}) plugs in. {@link #forLayout} is the one place
 * that chooses the implementation.
 */
@FunctionalInterface
public interface PublicationValidator extends Function<Publication, ValidationOutcome> {

    /** The validator used by the commands: SHACL with the shapes of the layout's {@code shapes/} folder. */
    static PublicationValidator forLayout(Layout layout) {
        return new ShaclPublicationValidator(layout.shapes());
    }
}
