package org.ai4skg.validate;

import org.ai4skg.publication.Location;

/**
 * The readable report:
 * <pre>
 * [Violation] res:bad-model  (data/models.ttl:12)
 *   path:      ai4s:developer
 *   value:     res:nobody
 *   message:   Less than 1 values
 *   source:    ai4sh:ModelShape, sh:MinCountConstraintComponent
 *
 * 1 violation, 0 warnings, 0 infos in 2 files (40 triples), 12 shapes: does not conform
 * </pre>
 */
public final class TextReport implements ReportFormatter {

    @Override
    public String render(Validation validation, boolean strict) {
        Names names = new Names(validation.prefixes());
        StringBuilder text = new StringBuilder();
        for (Finding finding : validation.findings()) {
            text.append('[').append(finding.severityName()).append("] ").append(names.of(finding.focus()));
            finding.location().map(Location::toString).ifPresent(at -> text.append("  (").append(at).append(')'));
            text.append('\n');
            line(text, "path", names.of(finding.path()));
            line(text, "value", names.of(finding.value()));
            line(text, "message", names.inText(finding.message()));
            String source = names.of(finding.shape()).startsWith("_:")
                    ? names.of(finding.component())
                    : names.of(finding.shape()) + ", " + names.of(finding.component());
            line(text, "source", source);
            text.append('\n');
        }
        text.append(summary(validation, strict)).append('\n');
        return text.toString();
    }

    /** The last line: counts and the verdict. */
    public static String summary(Validation validation, boolean strict) {
        String verdict = validation.findings().isEmpty() ? "conforms"
                : validation.conforms(strict) ? "conforms (with warnings or infos)"
                : "does not conform";
        return count(validation.violations(), "violation") + ", " + count(validation.warnings(), "warning") + ", "
                + count(validation.infos(), "info") + " in " + count(validation.files(), "file") + " ("
                + count(validation.triples(), "triple") + "), " + count(validation.shapes(), "shape") + ": " + verdict;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void line(StringBuilder text, String label, String value) {
        if (!value.isEmpty()) {
            text.append("  ").append(String.format("%-10s", label + ":")).append(' ')
                    .append(value.replace("\n", "\n             ")).append('\n');
        }
    }
}
