package org.ai4skg.validate;

/** Renders a {@link Validation} for people or programs. */
public interface ReportFormatter {

    /** The whole report as text; {@code strict} says whether warnings fail the validation (it changes the verdict). */
    String render(Validation validation, boolean strict);
}
