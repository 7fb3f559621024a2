package org.ai4skg.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Publication;
import org.ai4skg.publication.RdfFiles;
import org.ai4skg.publication.RdfReader;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;

/** The real vocabulary and data, together, conform to the real shapes: no result of any severity. */
class PublicationConformsTest {

    @Test
    void realPublicationConformsToShapes() {
        Layout layout = Layout.fromEnvironment();
        RdfReader.Result shapes = RdfReader.read(RdfFiles.list(List.of(layout.shapes())));
        assertThat(shapes.problems()).isEmpty();

        ValidationReport report = ShaclValidator.get()
                .validate(Shapes.parse(shapes.graph()), Publication.load(layout).all());

        // Passage coverage is a warning until every section has its passages (PassagesVerbatimTest checks them).
        assertThat(report.getEntries().stream()
                .filter(entry -> !isPassageCoverageWarning(entry))
                .toList())
                .as("validation results")
                .extracting(entry -> entry.focusNode() + " " + entry.resultPath() + " " + entry.message())
                .isEmpty();
    }

    static boolean isPassageCoverageWarning(org.apache.jena.shacl.validation.ReportEntry entry) {
        return entry.severity() == org.apache.jena.shacl.validation.Severity.Warning
                && entry.resultPath() instanceof org.apache.jena.sparql.path.P_Link link
                && link.getNode().getURI().equals("https://w3id.org/ai4s-kg/ontology#sourcePassage");
    }
}
