package org.ai4skg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import picocli.CommandLine;

/** Every {@code ./ai4s validate} line of the README runs as written on the repository and finds it conforming. */
class ReadmeValidateExamplesTest {

    @TestFactory
    Stream<DynamicTest> readmeValidateExamplesConform() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("ai4s.home", "."), "README.md")).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("./ai4s validate"))
                .map(line -> line.replaceAll("\\s+#.*$", ""))
                .toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        return lines.stream().map(line -> DynamicTest.dynamicTest(line, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine commandLine = Ai4s.commandLine();
            commandLine.setOut(new PrintWriter(out));
            commandLine.setErr(new PrintWriter(err));
            String[] args = line.substring("./ai4s ".length()).split("\\s+");
            assertThat(commandLine.execute(args)).as("%s%n%s%s", line, out, err).isZero();
            assertThat(out.toString()).as(line).containsAnyOf("conforms", "\"conforms\" : true", "sh:conforms");
        }));
    }
}
