package org.ai4skg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code ./ai4s export|load|query|push} command line of the README (and of the tooling's example list, the
 * text the README section is made from) exactly as written, in order, on the sample repository; the pushes go to a
 * Fuseki server process standing in for {@code http://localhost:3030/ds}. Each query's answer is compared by meaning
 * with the expected result the list names after it ({@link ExpectedResults}).
 */
class ReadmeExamplesTest {

    private static final Path EXAMPLES = Run.FIXTURE.resolve("readme-examples.txt");
    private static final String EXPECT = "#   expect:";
    private static final Pattern VERB = Pattern.compile("^\\./ai4s (export|load|query|push)\\b.*");

    @TempDir
    Path work;

    @Test
    void everyExampleRunsAsWritten() throws Exception {
        List<String> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
        Map<String, String> expectations = expectations();
        assertThat(expectations).as("every query example names its expected result").containsOnlyKeys(
                examples.stream().filter(e -> e.startsWith("./ai4s query")).toList());
        for (String output : List.of("target/dumps", "target/dumps-gz", "target/tdb2", "target/dumps-from-store")) {
            delete(Paths.get(output));
        }
        String previousHome = System.getProperty("ai4s.home");
        System.setProperty("ai4s.home", Run.FIXTURE.toString());
        try (FusekiProcess open = FusekiProcess.start(work, null, null);
             FusekiProcess guarded = FusekiProcess.start(work, "admin", System.getenv("AI4S_TEST_PASSWORD"))) {
            for (String example : examples) {
                List<String> args = split(example);
                args.remove(0);
                boolean authenticated = args.contains("--user");
                List<String> actual = new ArrayList<>();
                String previous = "";
                for (String arg : args) {
                    // An endpoint on the local server (http://localhost:3030/ds/..., or the project server's
                    // http://localhost:3030/sparql) is answered by the Fuseki process's /ds.
                    String base = (authenticated ? guarded : open).base();
                    if (previous.equals("--endpoint")) {
                        arg = arg.startsWith("http://localhost:3030/ds/") ? arg.replace("http://localhost:3030/ds", base)
                                : arg.replace("http://localhost:3030/", base + "/");
                    }
                    actual.add(arg.replace("AI4S_PASSWORD", "AI4S_TEST_PASSWORD"));
                    previous = arg;
                }
                Run run = Run.ai4s(actual.toArray(String[]::new));
                assertThat(run.exit()).as(example + "\n" + run.err()).isZero();
                assertThat(run.out()).as(example).isNotBlank();
                String expected = expectations.get(example);
                if (expected != null) {
                    ExpectedResults.check(example, actual, run, EXAMPLES.resolveSibling(expected));
                }
            }
        } finally {
            if (previousHome == null) {
                System.clearProperty("ai4s.home");
            } else {
                System.setProperty("ai4s.home", previousHome);
            }
        }
        assertThat(Paths.get("target/dumps/ai4s-kg.jsonld")).exists();
        assertThat(Paths.get("target/dumps-gz/ai4s-kg-data.ttl.gz")).exists();
        assertThat(Graphs.read(Paths.get("target/dumps-from-store/ai4s-kg.nt")).size()).isEqualTo(Graphs.fixture().size());
    }

    /** Each example of the list followed by a line {@code #   expect: FILE}, with FILE (beside the list). */
    static Map<String, String> expectations() throws IOException {
        Map<String, String> expectations = new LinkedHashMap<>();
        String previous = null;
        for (String line : Files.readAllLines(EXAMPLES)) {
            String stripped = line.strip();
            if (previous != null && stripped.startsWith(EXPECT)) {
                expectations.put(previous, stripped.substring(EXPECT.length()).strip());
            }
            previous = VERB.matcher(stripped).matches() ? stripped : null;
        }
        return expectations;
    }

    /** The example list, then any README.md line running one of the four verbs that the list lacks. */
    static List<String> examples() throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        for (String line : Files.readAllLines(EXAMPLES)) {
            if (VERB.matcher(line.strip()).matches()) {
                lines.add(line.strip());
            }
        }
        Path readme = Paths.get("README.md");
        if (Files.exists(readme)) {
            for (String line : Files.readAllLines(readme)) {
                if (VERB.matcher(line.strip()).matches()) {
                    lines.add(line.strip());
                }
            }
        }
        return new ArrayList<>(lines);
    }

    /** Splits a shell command line into words, honouring single and double quotes. */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
