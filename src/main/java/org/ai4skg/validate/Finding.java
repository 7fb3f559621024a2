package org.ai4skg.validate;

import java.util.Optional;

import org.ai4skg.publication.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.path.Path;

/**
 * One validation result with what a reader needs: severity, focus node, path, offending value, message, the
 * constraint component and shape that produced it, and where the focus node is described.
 *
 * @param severity  {@code sh:Violation}, {@code sh:Warning} or {@code sh:Info} (or a custom severity)
 * @param path      the result path, or null when the constraint has none
 * @param value     the offending value, or null
 * @param location  the file and line where the focus node is first described, if known
 */
public record Finding(Severity severity, Node focus, Path path, Node value, String message, Node component,
                      Node shape, Optional<Location> location) {

    static Finding of(ReportEntry entry, Optional<Location> location) {
        String message = entry.message() == null ? "" : entry.message();
        return new Finding(entry.severity(), entry.focusNode(), entry.resultPath(), entry.value(), message,
                entry.sourceConstraintComponent(), entry.source(), location);
    }

    /** The severity's local name: {@code Violation}, {@code Warning}, {@code Info}. */
    public String severityName() {
        Node level = severity.level();
        return level.isURI() ? level.getLocalName() : level.toString();
    }

    public boolean isViolation() {
        return Severity.Violation.equals(severity);
    }

    public boolean isWarning() {
        return Severity.Warning.equals(severity);
    }

    public boolean isInfo() {
        return Severity.Info.equals(severity);
    }

    /** Violations first, then warnings, then infos and any other severity. */
    int rank() {
        return isViolation() ? 0 : isWarning() ? 1 : isInfo() ? 2 : 3;
    }
}
