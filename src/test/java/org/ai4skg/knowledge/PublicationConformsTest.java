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

        assertThat(report.getEntries())
                .as("validation results")
                .extracting(entry -> entry.focusNode() + " " + entry.resultPath() + " " + entry.message())
                .isEmpty();
    }
}
