package org.ai4skg.tooling;

import java.util.List;

/**
 * The verdict on a publication before it is loaded or pushed.
 *
 * @param conforms whether the data conforms to the shapes
 * @param problems one line per violation ({@code focus path component: message}); empty when it conforms
 */
public record ValidationOutcome(boolean conforms, List<String> problems) {

    public ValidationOutcome {
        problems = List.copyOf(problems);
    }

    public static ValidationOutcome ok() {
        return new ValidationOutcome(true, List.of());
    }

    /** The report as text, one problem a line. */
    public String report() {
        return String.join(System.lineSeparator(), problems);
    }
}
