package org.ai4skg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's {@code ./ai4s serve} and {@code curl} lines, run as written: each serve line starts the served graph (on
 * port 0 instead of 3030), and each curl line is sent to the first one (by the real curl when the machine has it,
 * else by Java's HTTP client), its answer checked for status, content type and meaning.
 */
class ReadmeServeExamplesTest {

    private static final String LOCAL = "http://localhost:3030/";
    private static final String RESOURCE = "https://w3id.org/ai4s-kg/resource/";
    private static final Path CURL = Paths.get("/usr/bin/curl");

    static List<List<String>> serveLines;
    static List<List<String>> curlLines;
    static RunningServe serve;

    @TempDir
    static Path work;

    @BeforeAll
    static void startTheFirstServeLine() throws IOException, InterruptedException {
        List<List<String>> commands = shellCommands(Paths.get("README.md"));
        serveLines = commands.stream().filter(c -> c.size() >= 2 && c.get(0).equals("./ai4s") && c.get(1).equals("serve")).toList();
        curlLines = commands.stream().filter(c -> c.get(0).equals("curl")).toList();
        assertThat(serveLines).hasSizeGreaterThanOrEqualTo(2);
        assertThat(curlLines).hasSizeGreaterThanOrEqualTo(5);
        serve = serveLine(serveLines.get(0));
    }

    @AfterAll
    static void stop() {
        if (serve != null) {
            assertThat(serve.stop()).isEqualTo(ExitCode.OK);
        }
    }

    @Test
    void everyServeLineStartsAndAnswers() throws Exception {
        for (List<String> line : serveLines.subList(1, serveLines.size())) {
            try (RunningServe other = serveLine(line)) {
                Answer home = Answer.get(other.url(), "text/html");
                assertThat(home.status()).as(String.join(" ", line)).isEqualTo(200);
                assertThat(home.type()).startsWith("text/html");
                int baseUrl = line.indexOf("--base-url");
                if (baseUrl >= 0) {
                    // Links and VoID name the public URL.
                    Answer description = Answer.get(other.url() + ".well-known/void", "text/turtle");
                    assertThat(other.output()).contains("ready at " + line.get(baseUrl + 1));
                    assertThat(description.body()).contains(line.get(baseUrl + 1) + "sparql");
                }
            }
        }
    }

    @Test
    void everyCurlLineAnswersWhatTheReadmeSays() throws Exception {
        for (List<String> line : curlLines) {
            Answer answer = CURL.toFile().canExecute() ? curl(line) : java(line);
            String example = String.join(" ", line);
            assertThat(answer.status()).as(example).isEqualTo(200);
            String url = line.stream().filter(word -> word.startsWith(LOCAL)).findFirst().orElseThrow();
            String path = url.substring(LOCAL.length());
            if (path.startsWith("resource/")) {
                String slug = path.substring("resource/".length()).replaceFirst("\\.[a-z]+$", "");
                Lang lang = path.endsWith(".jsonld") ? Lang.JSONLD : Lang.TURTLE;
                assertThat(answer.type()).as(example).startsWith(lang.getHeaderString());
                Graph graph = parse(answer.body(), lang);
                assertThat(graph.contains(NodeFactory.createURI(RESOURCE + slug), Node.ANY, Node.ANY)).as(example).isTrue();
                // Every format of a description says the same thing.
                Graph turtle = parse(Answer.get(serve.url() + "resource/" + slug, "text/turtle").body(), Lang.TURTLE);
                assertThat(graph.isIsomorphicWith(turtle)).as(example).isTrue();
            } else if (path.startsWith("sparql")) {
                assertThat(answer.type()).as(example).startsWith("text/csv");
                ResultSet rows = ResultSetMgr.read(new java.io.ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)),
                        org.apache.jena.riot.resultset.ResultSetLang.RS_CSV);
                Set<String> labels = new TreeSet<>();
                rows.forEachRemaining(row -> labels.add(row.get("label").asNode().getLiteralLexicalForm()));
                Node subject = NodeFactory.createURI(RESOURCE + "el-capitan");
                Graph description = parse(Answer.get(serve.url() + "resource/el-capitan", "text/turtle").body(), Lang.TURTLE);
                Set<String> expected = description.find(subject, SKOS.prefLabel.asNode(), Node.ANY).toList().stream()
                        .map(t -> t.getObject().getLiteralLexicalForm()).collect(Collectors.toCollection(TreeSet::new));
                assertThat(labels).as(example).isNotEmpty().isEqualTo(expected);
            } else if (path.startsWith("search")) {
                assertThat(answer.type()).as(example).startsWith("application/json");
                JsonObject results = JSON.parse(answer.body());
                assertThat(results.get("results").getAsArray()).as(example).isNotEmpty()
                        .allMatch(r -> r.getAsObject().get("iri").getAsString().value().startsWith(RESOURCE));
            } else if (path.startsWith(".well-known/void")) {
                assertThat(answer.type()).as(example).startsWith("text/turtle");
                Graph graph = parse(answer.body(), Lang.TURTLE);
                assertThat(graph.contains(Node.ANY, RDF.type.asNode(), VOID.Dataset.asNode())).as(example).isTrue();
            } else {
                throw new AssertionError("a curl line this test does not know how to check: " + example);
            }
        }
    }

    /** The status, content type and body of one answer. */
    record Answer(int status, String type, String body) {
        static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        static Answer get(String url, String accept) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept));
        }

        static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        }
    }

    /** The curl line run by curl itself, the README's URL pointing at the served graph. */
    private static Answer curl(List<String> line) throws IOException, InterruptedException {
        Path headers = Files.createTempFile(work, "headers", ".txt");
        Path body = Files.createTempFile(work, "body", ".txt");
        List<String> command = new ArrayList<>(List.of(CURL.toString(), "-sS", "--max-time", "60", "-D", headers.toString(),
                "-o", body.toString()));
        line.subList(1, line.size()).forEach(word -> command.add(local(word)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        List<String> head = Files.readAllLines(headers, StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(head.get(0).split(" ")[1]);
        String type = head.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                .map(h -> h.substring(h.indexOf(':') + 1).strip()).findFirst().orElse("");
        return new Answer(status, type, Files.readString(body, StandardCharsets.UTF_8));
    }

    /** The curl line done by Java's HTTP client: {@code -H}, and {@code -G} with {@code --data-urlencode}. */
    private static Answer java(List<String> line) throws IOException, InterruptedException {
        String url = null;
        List<String> query = new ArrayList<>();
        HttpRequest.Builder request = HttpRequest.newBuilder();
        for (int i = 1; i < line.size(); i++) {
            String word = line.get(i);
            switch (word) {
                case "-H" -> {
                    String header = line.get(++i);
                    request.header(header.substring(0, header.indexOf(':')).strip(), header.substring(header.indexOf(':') + 1).strip());
                }
                case "-G" -> {
                }
                case "--data-urlencode" -> {
                    String pair = line.get(++i);
                    int eq = pair.indexOf('=');
                    query.add(pair.substring(0, eq) + "=" + URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
                default -> url = local(word);
            }
        }
        String full = query.isEmpty() ? url : url + (url.contains("?") ? "&" : "?") + String.join("&", query);
        return Answer.send(request.uri(URI.create(full)));
    }

    private static String local(String word) {
        return word.startsWith(LOCAL) ? serve.url() + word.substring(LOCAL.length()) : word;
    }

    private static Graph parse(String text, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, lang).parse(graph);
        return graph;
    }

    /** A README serve line run in this JVM on port 0 with the repository as its home. */
    private static RunningServe serveLine(List<String> line) {
        List<String> arguments = new ArrayList<>(line.subList(2, line.size()));
        int port = arguments.indexOf("--port");
        if (port >= 0) {
            arguments.remove(port + 1);
            arguments.remove(port);
        }
        return RunningServe.start(arguments.toArray(String[]::new));
    }

    /** The commands of the README's {@code sh} blocks: continued lines joined, comments dropped, split into words. */
    static List<List<String>> shellCommands(Path readme) throws IOException {
        List<List<String>> commands = new ArrayList<>();
        boolean inBlock = false;
        StringBuilder pending = new StringBuilder();
        for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
            if (line.strip().startsWith("```")) {
                inBlock = !inBlock && line.strip().equals("```sh");
                continue;
            }
            if (!inBlock) {
                continue;
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            String command = withoutComment(pending.append(line).toString()).strip();
            pending.setLength(0);
            if (!command.isEmpty()) {
                commands.add(ReadmeExamplesTest.split(command));
            }
        }
        return commands;
    }

    /** The line up to a {@code #} that starts a shell comment (after a blank, outside quotes). */
    private static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
