package org.ai4skg.cli;

import java.io.PrintWriter;

import org.ai4skg.core.Ai4sException;
import org.ai4skg.core.ExitKind;
import org.ai4skg.tooling.ValidationOutcome;

/** Prints a validation report and refuses to go on when the data does not conform. */
final class Reports {

    private Reports() {
    }

    /**
     * Prints the report to {@code out} and throws when the data does not conform.
     *
     * @throws Ai4sException (exit 1) with a one-line cause
     */
    static void refuseUnlessConforms(ValidationOutcome outcome, PrintWriter out, String consequence) {
        if (outcome.conforms()) {
            return;
        }
        outcome.problems().forEach(out::println);
        out.flush();
        int n = outcome.problems().size();
        throw new Ai4sException(ExitKind.NOT_CONFORMING, "the data does not conform to the shapes (" + n + " problem" + (n == 1 ? "" : "s")
                + ", listed above; use --no-validate to skip the check); " + consequence);
    }
}
