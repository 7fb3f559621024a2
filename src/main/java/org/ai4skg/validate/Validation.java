package org.ai4skg.validate;

import java.util.List;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shacl.ValidationReport;

/**
 * The outcome of validating a publication: the standard SHACL report, its results as {@link Finding}s (sorted:
 * violations first, then by file and line) and what was read.
 *
 * @param report   the standard {@code sh:ValidationReport} of Jena SHACL
 * @param findings every result, with the place where its focus node is described
 * @param files    how many data files were read
 * @param triples  how many triples the validated graph (all data files together) holds
 * @param shapes   how many shapes were applied (shapes with a target)
 * @param prefixes the prefixes declared by the input files, used to write names short
 */
public record Validation(ValidationReport report, List<Finding> findings, int files, long triples, int shapes,
                         PrefixMap prefixes) {

    public long violations() {
        return findings.stream().filter(Finding::isViolation).count();
    }

    public long warnings() {
        return findings.stream().filter(Finding::isWarning).count();
    }

    /** Infos and results of any other (custom) severity. */
    public long infos() {
        return findings.size() - violations() - warnings();
    }

    /** True when there is no violation (warnings and infos are allowed). */
    public boolean conforms() {
        return violations() == 0;
    }

    /** Like {@link #conforms()}; when {@code strict}, warnings and infos also make it fail. */
    public boolean conforms(boolean strict) {
        return strict ? findings.isEmpty() : conforms();
    }

    /** The standard SHACL verdict ({@code sh:conforms}): no result of any severity. */
    public boolean shaclConforms() {
        return report.conforms();
    }

    /**
     * This validation when it conforms, for validate-before-acting.
     *
     * @param consequence what the refusing command does not do, e.g. {@code "nothing loaded"}
     * @throws NotConformingException (exit 1) carrying this validation when there is a violation
     */
    public Validation requireConforms(String consequence) {
        if (!conforms()) {
            throw new NotConformingException(this, consequence);
        }
        return this;
    }

    /** The readable text report, as {@code ai4s validate} prints it. */
    public String text() {
        return ReportFormat.text.render(this, false);
    }
}
