package org.ai4skg.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ai4skg.publication.Layout;
import org.ai4skg.failure.UnreadableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The programmatic interface that the server uses to refuse invalid data at start-up. */
class ValidatorTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/validate");

    /** A repository layout made of the test vocabulary, one data file and the test shapes plus the hygiene checks. */
    private static Layout layout(Path home, String dataFile) throws IOException {
        copyFolder(FIXTURES.resolve("ontology"), home.resolve("ontology"));
        Files.createDirectories(home.resolve("data"));
        Files.copy(FIXTURES.resolve("data").resolve(dataFile), home.resolve("data").resolve(dataFile));
        copyFolder(FIXTURES.resolve("shapes"), home.resolve("shapes"));
        Files.copy(Path.of("shapes/hygiene.ttl"), home.resolve("shapes/hygiene.ttl"));
        return new Layout(home);
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void aConformingLayoutConforms(@TempDir Path home) throws IOException {
        Validation validation = Validator.validate(layout(home, "conforming.ttl"));
        assertThat(validation.conforms()).isTrue();
        assertThat(validation.conforms(true)).isTrue();
        assertThat(validation.shaclConforms()).isTrue();
        assertThat(validation.files()).isEqualTo(2);
        assertThat(validation.triples()).isEqualTo(27);
        assertThat(validation.shapes()).isGreaterThan(1);
        assertThat(validation.text()).startsWith("0 violations, 0 warnings, 0 infos in 2 files (27 triples)");
    }

    @Test
    void aViolationIsFoundAndLocated(@TempDir Path home) throws IOException {
        Validation validation = Validator.validate(layout(home, "missing-developer.ttl"));
        assertThat(validation.conforms()).isFalse();
        assertThat(validation.violations()).isEqualTo(1);
        Finding finding = validation.findings().get(0);
        assertThat(finding.focus().getURI()).isEqualTo("https://w3id.org/ai4s-kg/resource/bad-model");
        assertThat(finding.location()).isPresent();
        assertThat(finding.location().get().file()).isEqualTo(home.resolve("data/missing-developer.ttl"));
        assertThat(finding.location().get().line()).isEqualTo(7);
        assertThat(validation.text()).contains("[Violation] res:bad-model");
    }

    @Test
    void warningsPassUnlessStrict(@TempDir Path home) throws IOException {
        Validation validation = Validator.validate(layout(home, "warning-only.ttl"));
        assertThat(validation.warnings()).isEqualTo(1);
        assertThat(validation.conforms()).isTrue();
        assertThat(validation.conforms(true)).isFalse();
        assertThat(validation.shaclConforms()).isFalse();
    }

    @Test
    void aQueryThatDoesNotParseMakesTheShapesUnusable() {
        assertThatThrownBy(() -> Validator.validate(List.of(FIXTURES.resolve("data/conforming.ttl")),
                List.of(FIXTURES.resolve("shapes-bad-sparql"))))
                .isInstanceOfSatisfying(UnreadableInputException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(3);
                    assertThat(e.problems()).singleElement().asString()
                            .startsWith(FIXTURES.resolve("shapes-bad-sparql") + ": malformed shapes: Bad query:")
                            .doesNotContain("\n");
                });
    }

    @Test
    void aFolderWithoutShapesIsAnError(@TempDir Path empty) {
        assertThatThrownBy(() -> Validator.validate(List.of(FIXTURES.resolve("data/conforming.ttl")), List.of(empty)))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("no SHACL shapes (RDF files) found");
    }
}
