package org.ai4skg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.ai4skg.query.ResultFormat;
import org.apache.jena.riot.RDFLanguages;
import org.junit.jupiter.api.Test;

/** One registry of RDF syntaxes: what it says agrees with Jena, and the query formats take their names from it. */
class RdfSyntaxTest {

    @Test
    void everySyntaxAgreesWithJenaOnItsMediaTypeAndExtension() {
        for (RdfSyntax syntax : RdfSyntax.values()) {
            assertThat(RDFLanguages.contentTypeToLang(syntax.mediaType())).as(syntax.name()).isEqualTo(syntax.lang());
            assertThat(RDFLanguages.filenameToLang("dump." + syntax.extension())).as(syntax.name())
                    .isEqualTo(syntax.lang());
            assertThat(RdfSyntax.byExtension(syntax.extension())).hasValue(syntax);
            assertThat(RDFLanguages.sameLang(syntax.writer().getLang(), syntax.lang())
                    || syntax.writer().getLang().getName().startsWith(syntax.lang().getName())).as(syntax.name()).isTrue();
        }
        assertThat(RdfSyntax.RDFXML.extension()).isEqualTo("rdf");
        assertThat(Arrays.stream(RdfSyntax.values()).map(RdfSyntax::formatIri)).containsExactly(
                "http://www.w3.org/ns/formats/Turtle", "http://www.w3.org/ns/formats/N-Triples",
                "http://www.w3.org/ns/formats/N-Quads", "http://www.w3.org/ns/formats/JSON-LD",
                "http://www.w3.org/ns/formats/RDF_XML", "http://www.w3.org/ns/formats/TriG");
    }

    @Test
    void theGraphFormatsOfAi4sQueryAreNamedByTheirSyntaxesExtensions() {
        for (ResultFormat format : ResultFormat.values()) {
            format.syntax().ifPresent(s -> assertThat(format.optionName()).isEqualTo(s.extension()));
            assertThat(ResultFormat.parse(format.optionName())).isEqualTo(format);
        }
        assertThat(Arrays.stream(ResultFormat.values()).filter(ResultFormat::rdf)).hasSize(3);
    }
}
