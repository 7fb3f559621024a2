package org.ai4skg.validate;

import org.ai4skg.failure.Ai4sException;
import org.ai4skg.failure.ExitKind;

/** The data does not conform, so a command refuses to act; carries the validation with the validator's own counts. */
public final class NotConformingException extends Ai4sException {
    private final transient Validation validation;

    NotConformingException(Validation validation, String consequence) {
        super(ExitKind.NOT_CONFORMING, "the data does not conform to the shapes (" + count(validation.violations(), "violation")
                + ", " + count(validation.warnings(), "warning") + "; report above; use --no-validate to skip the check); "
                + consequence);
        this.validation = validation;
    }

    /** The validation that refused the data. */
    public Validation validation() {
        return validation;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
