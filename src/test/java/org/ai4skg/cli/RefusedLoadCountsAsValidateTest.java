package org.ai4skg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.ai4skg.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load refused for non-conforming data reports the validator's own counts, on standard error, as validate does. */
class RefusedLoadCountsAsValidateTest {

    @TempDir
    Path temp;

    @Test
    void aRefusedLoadCountsViolationsAsValidateDoesAndWritesItsReportToStandardError() {
        String data = Run.INVALID.resolve("model-without-developer.ttl").toString();
        String ontology = Run.FIXTURE.resolve("ontology").toString();
        Run validate = Run.ai4s("validate", "--home", Run.FIXTURE.toString(), ontology, data);
        Run load = Run.ai4s("load", "--home", Run.FIXTURE.toString(), "--tdb2", temp.resolve("store").toString(), data);
        assertThat(validate.exit()).isEqualTo(ExitCode.NOT_CONFORMING);
        assertThat(load.exit()).isEqualTo(ExitCode.NOT_CONFORMING);
        assertThat(load.out()).isEmpty();
        assertThat(load.err()).startsWith(validate.out());
        String verdict = load.errLines()[load.errLines().length - 1];
        assertThat(verdict).matches("ai4s load: the data does not conform to the shapes \\(\\d+ violations?, \\d+ warnings?;.*");
        String violations = verdict.replaceAll(".*\\((\\d+) violation.*", "$1");
        assertThat(validate.out()).contains(violations + " violation");
        assertThat(temp.resolve("store")).doesNotExist();
    }
}
