package org.ai4skg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.ai4skg.cli.ExitCode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {

    private static final String[] DUMP_EXTENSIONS = {"ttl", "nt", "nq", "jsonld", "rdf", "trig"};

    @TempDir
    Path temp;

    private Run export(Path out, String... more) {
        String[] base = {"export", "--home", Run.FIXTURE.toString(), "--out", out.toString(), "--issued", "2026-01-15"};
        String[] args = Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
        return Run.ai4s(args);
    }

    @Test
    void twoExportsAreByteIdentical() throws IOException {
        assertThat(export(temp.resolve("one")).exit()).isZero();
        assertThat(export(temp.resolve("two")).exit()).isZero();
        List<String> names = names(temp.resolve("one"));
        assertThat(names).isEqualTo(names(temp.resolve("two")));
        assertThat(names).hasSize(21);
        for (String name : names) {
            assertThat(Files.readAllBytes(temp.resolve("two").resolve(name)))
                    .as(name).isEqualTo(Files.readAllBytes(temp.resolve("one").resolve(name)));
        }
    }

    @Test
    void everyFormatOfEveryPartHoldsTheSameTriples() {
        Path out = temp.resolve("dumps");
        Run run = export(out);
        assertThat(run.exit()).as(run.err()).isZero();
        Graph whole = Graphs.fixture();
        Graph vocabulary = org.ai4skg.publication.Publication.load(new org.ai4skg.publication.Layout(Run.FIXTURE)).vocabulary();
        Graph data = org.ai4skg.publication.Publication.load(new org.ai4skg.publication.Layout(Run.FIXTURE)).data();
        for (String extension : DUMP_EXTENSIONS) {
            assertThat(Graphs.read(out.resolve("ai4s-kg." + extension)).isIsomorphicWith(whole)).as(extension).isTrue();
            assertThat(Graphs.read(out.resolve("ai4s-kg-vocabulary." + extension)).isIsomorphicWith(vocabulary))
                    .as(extension).isTrue();
            assertThat(Graphs.read(out.resolve("ai4s-kg-data." + extension)).isIsomorphicWith(data)).as(extension).isTrue();
        }
    }

    @Test
    void jsonLdIsCompactedAgainstThePublishedContextWithLanguageMaps() throws IOException {
        Path out = temp.resolve("dumps");
        assertThat(export(out, "--format", "jsonld").exit()).isZero();
        String json = Files.readString(out.resolve("ai4s-kg-data.jsonld"));
        String context = new String(getClass().getResourceAsStream("/org/ai4skg/context.jsonld").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).strip();
        assertThat(json).startsWith(context.substring(0, context.lastIndexOf('}')).stripTrailing());
        assertThat(json).contains("\"id\": \"res:alphafold-3\"")
                .contains("\"prefLabel\": {\"en\": \"AlphaFold 3\", \"zh\": \"AlphaFold 3\"}")
                .contains("\"sameAs\": [\"dbr:Google_DeepMind\"");
        assertThat(Graphs.read(out.resolve("ai4s-kg-data.jsonld")).isIsomorphicWith(
                org.ai4skg.publication.Publication.load(new org.ai4skg.publication.Layout(Run.FIXTURE)).data())).isTrue();
        assertThat(names(out)).noneMatch(n -> n.endsWith(".ttl") && n.startsWith("ai4s-kg"));
    }

    @Test
    void theTurtleDumpDeclaresExactlyThePrefixesItUses() throws IOException {
        Path out = temp.resolve("dumps");
        String[] args = {"export", "--home", Paths.get("").toAbsolutePath().toString(), "--out", out.toString(),
                "--issued", "2026-01-15", "--format", "ttl"};
        Run run = Run.ai4s(args);
        assertThat(run.exit()).as(run.err()).isZero();
        java.util.Map<String, String> published = org.ai4skg.export.JsonLdContext.standard().prefixes();
        for (String name : List.of("ai4s-kg.ttl", "ai4s-kg-data.ttl", "ai4s-kg-vocabulary.ttl")) {
            Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            org.apache.jena.riot.RDFParser.source(out.resolve(name)).parse(graph);
            java.util.Map<String, String> declared = graph.getPrefixMapping().getNsPrefixMap();
            java.util.Set<String> used = new java.util.HashSet<>();
            graph.find().forEachRemaining(t -> {
                if (!t.getPredicate().equals(org.apache.jena.vocabulary.RDF.Nodes.type)) {
                    used.add(namespace(t.getPredicate()));
                }
                used.add(namespace(t.getSubject()));
                used.add(namespace(t.getObject()));
            });
            java.util.Map<String, String> expected = new java.util.TreeMap<>(published);
            expected.values().retainAll(used);
            assertThat(new java.util.TreeMap<>(declared)).as(name).isEqualTo(expected);
        }
        Graph whole = org.apache.jena.riot.RDFParser.source(out.resolve("ai4s-kg.ttl")).toGraph();
        assertThat(whole.getPrefixMapping().getNsPrefixMap())
                .containsKeys("qudt", "unit", "stmt", "qty", "psg", "oa", "prov", "ai4s", "res");
    }

    /** The namespace of an IRI or of a typed literal's datatype (up to the last '#' or '/'), or null. */
    private static String namespace(Node node) {
        String iri = node.isURI() ? node.getURI()
                : node.isLiteral() && node.getLiteralLanguage().isEmpty() ? node.getLiteralDatatypeURI() : null;
        return iri == null ? null : iri.substring(0, Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    @Test
    void gzipDumpsHoldTheSameTriples() {
        Path out = temp.resolve("gz");
        assertThat(export(out, "--gzip", "--format", "ttl,jsonld").exit()).isZero();
        assertThat(names(out)).contains("ai4s-kg.ttl.gz", "ai4s-kg.jsonld.gz", "ai4s-kg-data.ttl.gz")
                .doesNotContain("ai4s-kg.ttl");
        assertThat(Graphs.read(out.resolve("ai4s-kg.jsonld.gz")).isIsomorphicWith(Graphs.fixture())).isTrue();
    }

    @Test
    void checksumsAndCatalogDescribeTheFilesAsWritten() throws Exception {
        Path out = temp.resolve("dumps");
        assertThat(export(out).exit()).isZero();
        List<String> sums = Files.readAllLines(out.resolve("SHA256SUMS"));
        assertThat(sums).hasSize(20);
        for (String line : sums) {
            String[] parts = line.split(" {2}");
            assertThat(parts[0]).as(parts[1]).isEqualTo(sha256(out.resolve(parts[1])));
        }
        Graph catalog = Graphs.read(out.resolve("catalog.ttl"));
        ResultSet rows = select(catalog, """
                PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX spdx: <http://spdx.org/rdf/terms#>
                PREFIX void: <http://rdfs.org/ns/void#> PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?url ?size ?sum ?triples ?media ?license ?issued ?version {
                  ?d a dcat:Distribution ; dcat:downloadURL ?url ; dcat:byteSize ?size ; dcat:mediaType ?media ;
                     spdx:checksum [ spdx:checksumValue ?sum ] ; void:triples ?triples ; dcterms:license ?license ;
                     dcterms:issued ?issued ; dcat:version ?version }""");
        int distributions = 0;
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String name = row.getResource("url").getURI().replace("https://w3id.org/ai4s-kg/dumps/", "");
            Path file = out.resolve(name);
            assertThat(row.getLiteral("size").getLong()).as(name).isEqualTo(Files.size(file));
            assertThat(row.getLiteral("sum").getLexicalForm()).as(name).isEqualTo(sha256(file));
            assertThat(row.getLiteral("triples").getLong()).as(name).isEqualTo(Graphs.read(file).size());
            assertThat(row.getResource("license").getURI()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
            assertThat(row.getLiteral("issued").getLexicalForm()).isEqualTo("2026-01-15");
            assertThat(row.getLiteral("version").getLexicalForm()).isEqualTo("0.1.0");
            distributions++;
        }
        assertThat(distributions).isEqualTo(18);
    }

    @Test
    void voidIsCountedFromTheDataWithOneLinksetPerTarget() {
        Path out = temp.resolve("dumps");
        assertThat(export(out, "--base-url", "http://localhost:3030/").exit()).isZero();
        Graph voidGraph = Graphs.read(out.resolve("void.ttl"));
        Graph whole = Graphs.fixture();
        Node dataset = NodeFactory.createURI("https://w3id.org/ai4s-kg/dataset");
        assertThat(value(voidGraph, dataset, "void:triples")).isEqualTo(whole.size());
        assertThat(value(voidGraph, dataset, "void:entities")).isEqualTo(count(whole,
                "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?s), 'https://w3id.org/ai4s-kg/')) }"));
        assertThat(count(voidGraph, "PREFIX void: <http://rdfs.org/ns/void#> SELECT (COUNT(*) AS ?n) "
                + "{ ?d void:uriSpace 'https://w3id.org/ai4s-kg/' }")).isEqualTo(1);
        assertThat(count(voidGraph, "PREFIX void: <http://rdfs.org/ns/void#> SELECT (COUNT(*) AS ?n) "
                + "{ ?d void:dataDump <http://localhost:3030/dumps/ai4s-kg.ttl> }")).isEqualTo(1);
        // The class partition of ai4s:Organisation counts the organisations of the data.
        assertThat(count(voidGraph, "PREFIX void: <http://rdfs.org/ns/void#> SELECT ?n "
                + "{ ?d void:classPartition [ void:class <https://w3id.org/ai4s-kg/ontology#Organisation> ; void:entities ?n ] }"))
                .isEqualTo(count(whole, "SELECT (COUNT(*) AS ?n) { ?s a <https://w3id.org/ai4s-kg/ontology#Organisation> }"));
        assertThat(count(voidGraph, "PREFIX void: <http://rdfs.org/ns/void#> SELECT ?n "
                + "{ ?d void:propertyPartition [ void:property <http://www.w3.org/2002/07/owl#sameAs> ; void:triples ?n ] }"))
                .isEqualTo(count(whole, "SELECT (COUNT(*) AS ?n) { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o }"));
        for (String[] target : new String[][] {{"wikidata", "http://www.wikidata.org/entity/"},
                {"ror", "https://ror.org/"}, {"dbpedia", "http://dbpedia.org/resource/"}}) {
            long links = count(whole, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?o), '" + target[1] + "')) }");
            assertThat(links).isPositive();
            assertThat(count(voidGraph, "PREFIX void: <http://rdfs.org/ns/void#> SELECT ?n { <https://w3id.org/ai4s-kg/dataset/links/"
                    + target[0] + "> a void:Linkset ; void:triples ?n }")).as(target[0]).isEqualTo(links);
        }
    }

    @Test
    void anNTriplesOnlyExportDescribesTheDataAsAFullOneDoes() throws IOException {
        assertThat(export(temp.resolve("full")).exit()).isZero();
        assertThat(export(temp.resolve("nt"), "--format", "nt").exit()).isZero();
        Graph full = Graphs.read(temp.resolve("full/void.ttl"));
        Graph ntOnly = Graphs.read(temp.resolve("nt/void.ttl"));
        // The same counts, partitions and linksets; only the list of dumps differs.
        org.apache.jena.graph.Node dump = NodeFactory.createURI("http://rdfs.org/ns/void#dataDump");
        full.remove(Node.ANY, dump, Node.ANY);
        ntOnly.remove(Node.ANY, dump, Node.ANY);
        assertThat(ntOnly.isIsomorphicWith(full)).isTrue();
    }

    @Test
    void aFailedExportLeavesThePreviousFilesAndNoHalfFile() throws IOException {
        Path out = temp.resolve("dumps");
        assertThat(export(out).exit()).isZero();
        byte[] before = Files.readAllBytes(out.resolve("ai4s-kg.ttl"));
        List<String> namesBefore = names(out);
        // A property IRI with no XML local name cannot be written as RDF/XML: the export fails after Turtle was written.
        Path home = temp.resolve("home");
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("ontology"));
        Files.writeString(home.resolve("data/odd.ttl"), "<https://w3id.org/ai4s-kg/resource/x> <http://example.org/p/1> \"v\" .\n");
        Run run = Run.ai4s("export", "--home", home.toString(), "--out", out.toString(), "--issued", "2026-01-15");
        assertThat(run.exit()).as("data that RDF/XML cannot hold is the user's input, not an internal fault")
                .isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("RDF/XML").contains("http://example.org/p/1");
        assertThat(names(out)).isEqualTo(namesBefore);
        assertThat(Files.readAllBytes(out.resolve("ai4s-kg.ttl"))).isEqualTo(before);
    }

    @Test
    void anUnparseableDataFileIsReportedWithItsPositionAndNothingIsWritten() throws IOException {
        Path home = temp.resolve("home");
        Files.createDirectories(home.resolve("ontology"));
        Files.createDirectories(home.resolve("data"));
        Files.writeString(home.resolve("data/broken.ttl"), "@prefix res: <https://w3id.org/ai4s-kg/resource/> .\n"
                + "res:a res:b res:c .\nres:d res:e \"unterminated .\n");
        Path out = temp.resolve("out");
        Run run = Run.ai4s("export", "--home", home.toString(), "--out", out.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("broken.ttl:4:1: Broken token");
        assertThat(out).doesNotExist();
    }

    @Test
    void aKilledExportLeavesNoHalfFileAndTheNextExportTidiesUp() throws Exception {
        Path out = temp.resolve("dumps");
        assertThat(export(out).exit()).isZero();
        List<String> before = names(out);
        byte[] turtle = Files.readAllBytes(out.resolve("ai4s-kg.ttl"));
        Path home = temp.resolve("big");
        Files.createDirectories(home.resolve("ontology"));
        Files.createDirectories(home.resolve("data"));
        org.ai4skg.bench.SyntheticData.write(home.resolve("data/synthetic.nt"), 300_000);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.ai4skg.cli.Ai4s", "export", "--home", home.toString(),
                "--out", out.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("child.log").toFile()).start();
        // Kill it (SIGKILL) as soon as it has started writing the dumps.
        org.ai4skg.server.Await.until("the export writes its first .part file", java.time.Duration.ofSeconds(120),
                () -> !process.isAlive() || names(out).stream().anyMatch(n -> n.endsWith(".part")));
        process.destroyForcibly().waitFor();
        assertThat(process.exitValue()).as("killed, not finished").isNotZero();
        assertThat(names(out).stream().filter(n -> !n.startsWith(".")).toList()).isEqualTo(before);
        assertThat(Files.readAllBytes(out.resolve("ai4s-kg.ttl"))).isEqualTo(turtle);
        assertThat(export(out).exit()).isZero();
        assertThat(names(out)).isEqualTo(before);
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run run = export(temp.resolve("x"), "--format", "ttl,yaml");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("unknown format 'yaml'");
        assertThat(temp.resolve("x")).doesNotExist();
    }

    @Test
    void anUnwritableOutputFolderIsReported() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        Run run = export(file);
        assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("cannot write the export");
    }

    @Test
    void aMissingStoreIsReported() {
        Run run = export(temp.resolve("x"), "--tdb2", temp.resolve("no-store").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(run.err()).contains("no such folder; expected a TDB2 store");
    }

    static long value(Graph graph, Node subject, String property) {
        String iri = property.replace("void:", "http://rdfs.org/ns/void#");
        Triple t = graph.find(subject, NodeFactory.createURI(iri), Node.ANY).next();
        return Long.parseLong(t.getObject().getLiteralLexicalForm());
    }

    static long count(Graph graph, String query) {
        ResultSet rows = select(graph, query);
        return rows.next().getLiteral("n").getLong();
    }

    static ResultSet select(Graph graph, String query) {
        return QueryExecutionFactory.create(query, ModelFactory.createModelForGraph(graph)).execSelect();
    }

    static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
