package org.ai4skg.validate;

/** The formats of {@code ai4s validate --format}. */
public enum ReportFormat implements ReportFormatter {
    /** A readable report: one block per result, then a summary line. */
    text(new TextReport()),
    /** The standard {@code sh:ValidationReport} graph in Turtle. */
    turtle(new TurtleReport()),
    /** A JSON object: {@code conforms}, {@code shaclConforms}, {@code summary} and {@code results}. */
    json(new JsonReport());

    private final ReportFormatter formatter;

    ReportFormat(ReportFormatter formatter) {
        this.formatter = formatter;
    }

    @Override
    public String render(Validation validation, boolean strict) {
        return formatter.render(validation, strict);
    }
}
