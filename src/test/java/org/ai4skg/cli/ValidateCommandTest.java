package org.ai4skg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code ai4s validate} through the real command line, with captured standard output and error. */
class ValidateCommandTest {

    private static final String FIXTURES = "src/test/resources/fixtures/";
    private static final String VOCABULARY = FIXTURES + "validate/ontology";
    private static final String DATA = FIXTURES + "validate/data/";
    private static final String SHAPES = FIXTURES + "validate/shapes";
    private static final String HYGIENE = "shapes/hygiene.ttl";
    private static final String SYNTAX = FIXTURES + "syntax/";

    /** One run: exit code, standard output, standard error. */
    private record Run(int exit, String out, String err) {
    }

    private static Run validate(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Ai4s.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("validate"));
        all.addAll(List.of(args));
        int exit = commandLine.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    /** Validates fixture data files with the test vocabulary against the test shapes and the real hygiene checks. */
    private static Run validateData(String... extra) {
        List<String> args = new ArrayList<>(List.of(VOCABULARY));
        args.addAll(List.of(extra));
        args.addAll(List.of("--shapes", SHAPES, "--shapes", HYGIENE));
        return validate(args.toArray(String[]::new));
    }

    @Test
    void conformingDataExitsZero() {
        Run run = validateData(DATA + "conforming.ttl");
        assertThat(run.exit).as(run.err).isEqualTo(ExitCode.OK);
        assertThat(run.out).contains("0 violations, 0 warnings, 0 infos in 2 files").endsWith(": conforms\n");
        assertThat(run.err).isEmpty();
    }

    @Test
    void theRepositoryPublicationConforms() {
        Run run = validate();
        assertThat(run.exit).as(run.out + run.err).isEqualTo(ExitCode.OK);
        assertThat(run.out).contains("0 violations");
    }

    @Test
    void dataBreakingAShapeExitsOneWithFocusPathAndPlace() {
        Run run = validateData(DATA + "missing-developer.ttl", DATA + "conforming.ttl");
        assertThat(run.exit).isEqualTo(ExitCode.NOT_CONFORMING);
        assertThat(run.out)
                .contains("[Violation] res:bad-model  (" + DATA + "missing-developer.ttl:7)")
                .contains("  path:      ai4s:developer\n")
                .contains("  message:   a model names the organisation that developed it\n")
                .contains("  source:    sh:MinCountConstraintComponent\n")
                .contains("1 violation, 0 warnings, 0 infos in 3 files")
                .endsWith("does not conform\n");
        assertThat(run.out).doesNotContain("res:alphafold-3");
    }

    @Test
    void otherSyntaxesAreReadByExtensionAndLocatedByFile() {
        String file = FIXTURES + "validate/data-rdfxml/missing-developer.rdf";
        Run run = validateData(file);
        assertThat(run.exit).isEqualTo(ExitCode.NOT_CONFORMING);
        assertThat(run.out).contains("[Violation] res:bad-model  (" + file + ")\n")
                .contains("  path:      ai4s:developer\n");
    }

    @Test
    void warningsAloneExitZeroUnlessStrict() {
        Run run = validateData(DATA + "warning-only.ttl");
        assertThat(run.exit).isEqualTo(ExitCode.OK);
        assertThat(run.out)
                .contains("[Warning] res:undefined-model  (" + DATA + "warning-only.ttl:6)")
                .contains("  path:      skos:definition\n")
                .contains("0 violations, 1 warning, 0 infos")
                .endsWith("conforms (with warnings or infos)\n");

        Run strict = validateData(DATA + "warning-only.ttl", "--strict");
        assertThat(strict.exit).isEqualTo(ExitCode.NOT_CONFORMING);
        assertThat(strict.out).contains("[Warning] res:undefined-model").endsWith("does not conform\n");
    }

    @Test
    void hygieneChecksAppearInTheSameReport() {
        Run run = validateData(DATA + "conforming.ttl", FIXTURES + "shapes/invalid/008-dangling-link.ttl");
        assertThat(run.exit).isEqualTo(ExitCode.NOT_CONFORMING);
        assertThat(run.out)
                .contains("[Violation] res:hygiene-dangling-link  (" + FIXTURES
                        + "shapes/invalid/008-dangling-link.ttl:11)")
                .contains("  path:      dcterms:relation\n")
                .contains("  value:     res:hygiene-described-nowhere\n")
                .contains("  message:   dangling link: res:hygiene-described-nowhere is linked to but described nowhere")
                .contains("  source:    ai4sh:DanglingLink, sh:SPARQLConstraintComponent\n");
    }

    @Test
    void anUnknownVocabularyIsAWarning() {
        String fixture = FIXTURES + "shapes/invalid/003-unknown-vocabulary-property.ttl";
        Run run = validateData(DATA + "conforming.ttl", fixture);
        assertThat(run.exit).isEqualTo(ExitCode.OK);
        assertThat(run.out).contains("[Warning] res:hygiene-unknown-property  (" + fixture + ":12)")
                .contains("ex:colour is not from a known vocabulary (namespace http://example.org/unknown-vocabulary#)")
                .contains("0 violations, 1 warning");
        assertThat(validateData(DATA + "conforming.ttl", fixture, "--strict").exit)
                .isEqualTo(ExitCode.NOT_CONFORMING);
    }

    @Test
    void aBrokenTurtleFileExitsThreeWithFileLineAndColumn() {
        Run run = validateData(SYNTAX + "missing-dot.ttl");
        assertThat(run.exit).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(run.err.lines().toList()).containsExactly(
                SYNTAX + "missing-dot.ttl:7:1: Triples not terminated by DOT",
                "ai4s validate: 1 problem in the input; nothing validated");
        assertThat(run.out).isEmpty();
    }

    @Test
    void everyBrokenFileIsReported() {
        Run run = validateData(SYNTAX + "missing-dot.ttl", DATA + "conforming.ttl", SYNTAX + "undefined-prefix.ttl");
        assertThat(run.exit).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(run.err.lines().toList()).containsExactly(
                SYNTAX + "missing-dot.ttl:7:1: Triples not terminated by DOT",
                SYNTAX + "undefined-prefix.ttl:5:13: Undefined prefix: ai4s",
                "ai4s validate: 2 problems in the input; nothing validated");
        assertThat(run.out).isEmpty();
    }

    @Test
    void everyBrokenFileOfAFolderIsReportedWhateverItsSyntax() {
        Run run = validate(SYNTAX, "--shapes", HYGIENE);
        assertThat(run.exit).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(run.err.lines().toList()).containsExactly(
                SYNTAX + "bad-object.nt:2:94: Triple not terminated by DOT: [STRING:extra]",
                SYNTAX + "missing-dot.ttl:7:1: Triples not terminated by DOT",
                SYNTAX + "undefined-prefix.ttl:5:13: Undefined prefix: ai4s",
                "ai4s validate: 3 problems in the input; nothing validated");
    }

    @Test
    void aMissingPathExitsThreeNamingIt() {
        Run run = validateData("no/such/folder", DATA + "conforming.ttl");
        assertThat(run.exit).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(run.err).startsWith("no/such/folder: no such file or folder\n");

        Run shapes = validate(DATA + "conforming.ttl", "--shapes", "no-such-shapes.ttl");
        assertThat(shapes.exit).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(shapes.err).startsWith("no-such-shapes.ttl: no such file or folder\n");
    }

    @Test
    void aBadOptionIsAUsageError() {
        Run unknown = validate("--no-such-option");
        assertThat(unknown.exit).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err).contains("Unknown option: '--no-such-option'").contains("Usage: ai4s validate");

        Run format = validate("--format", "xml");
        assertThat(format.exit).isEqualTo(ExitCode.USAGE);
        assertThat(format.err).contains("expected one of [text, turtle, json]");
    }

    @Test
    void turtleIsTheStandardValidationReport() {
        Run failing = validateData(DATA + "missing-developer.ttl", "--format", "turtle");
        assertThat(failing.exit).isEqualTo(ExitCode.NOT_CONFORMING);
        Graph report = parseTurtle(failing.out);
        Node reportNode = theReport(report);
        assertThat(report.contains(reportNode, SHACL.conforms, NodeFactory.createLiteralByValue(false))).isTrue();
        Node bad = NodeFactory.createURI("https://w3id.org/ai4s-kg/resource/bad-model");
        assertThat(report.find(Node.ANY, SHACL.focusNode, bad).toList()).hasSize(1);
        assertThat(failing.out).contains("PREFIX res:").contains("sh:focusNode                  res:bad-model");

        Run passing = validateData(DATA + "conforming.ttl", "--format", "turtle");
        assertThat(passing.exit).isEqualTo(ExitCode.OK);
        Graph conforming = parseTurtle(passing.out);
        assertThat(conforming.contains(theReport(conforming), SHACL.conforms, NodeFactory.createLiteralByValue(true)))
                .isTrue();
    }

    @Test
    void jsonIsADocumentedObject() {
        Run run = validateData(DATA + "missing-developer.ttl", DATA + "warning-only.ttl", "--format", "json");
        assertThat(run.exit).isEqualTo(ExitCode.NOT_CONFORMING);
        JsonObject json = JSON.parse(run.out);
        assertThat(json.get("conforms").getAsBoolean().value()).isFalse();
        assertThat(json.get("shaclConforms").getAsBoolean().value()).isFalse();
        JsonObject summary = json.get("summary").getAsObject();
        assertThat(summary.get("violations").getAsNumber().value().intValue()).isEqualTo(1);
        assertThat(summary.get("warnings").getAsNumber().value().intValue()).isEqualTo(1);
        assertThat(summary.get("files").getAsNumber().value().intValue()).isEqualTo(3);
        JsonArray results = json.get("results").getAsArray();
        assertThat(results).hasSize(2);
        JsonObject first = results.get(0).getAsObject();
        assertThat(first.get("severity").getAsString().value()).isEqualTo("Violation");
        assertThat(first.get("focus").getAsString().value()).isEqualTo("res:bad-model");
        assertThat(first.get("focusIri").getAsString().value())
                .isEqualTo("https://w3id.org/ai4s-kg/resource/bad-model");
        assertThat(first.get("path").getAsString().value()).isEqualTo("ai4s:developer");
        assertThat(first.get("component").getAsString().value()).isEqualTo("sh:MinCountConstraintComponent");
        assertThat(first.get("file").getAsString().value()).isEqualTo(DATA + "missing-developer.ttl");
        assertThat(first.get("line").getAsNumber().value().intValue()).isEqualTo(7);
        assertThat(results.get(1).getAsObject().get("severity").getAsString().value()).isEqualTo("Warning");

        Run strict = validateData(DATA + "warning-only.ttl", "--format", "json", "--strict");
        assertThat(strict.exit).isEqualTo(ExitCode.NOT_CONFORMING);
        assertThat(JSON.parse(strict.out).get("conforms").getAsBoolean().value()).isFalse();
        Run lenient = validateData(DATA + "warning-only.ttl", "--format", "json");
        assertThat(lenient.exit).isEqualTo(ExitCode.OK);
        assertThat(JSON.parse(lenient.out).get("conforms").getAsBoolean().value()).isTrue();
    }

    @Test
    void aMalformedShapeIsAnErrorAtItsPlace() {
        Run run = validate(VOCABULARY, DATA + "conforming.ttl", "--shapes", FIXTURES + "validate/shapes-malformed");
        assertThat(run.exit).isEqualTo(ExitCode.UNREADABLE_INPUT);
        String file = FIXTURES + "validate/shapes-malformed/no-path.ttl";
        assertThat(run.err)
                .contains(file + ":10: malformed shape ai4sh:BrokenProperty sh:datatype (value \"xsd:string\")")
                .contains(file + ":9: malformed shape ai4sh:BrokenProperty sh:path: minCount[1]")
                .contains("nothing validated");
        assertThat(run.out).isEmpty();
    }

    @Test
    void aMisspelledShaclTermIsAnError() {
        Run run = validate(VOCABULARY, DATA + "conforming.ttl", "--shapes", FIXTURES + "validate/shapes-typo");
        assertThat(run.exit).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(run.err).startsWith(FIXTURES + "validate/shapes-typo/min-cont.ttl:10: unknown SHACL term sh:minCont");
    }

    @Test
    void helpListsTheExitCodes() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Ai4s.commandLine();
        commandLine.setOut(new PrintWriter(out));
        assertThat(commandLine.execute("help", "validate")).isZero();
        assertThat(out.toString()).contains("Usage: ai4s validate").contains("--format=FORMAT")
                .contains("--strict").contains("Exit codes:");
    }

    private static Graph parseTurtle(String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(graph);
        return graph;
    }

    private static Node theReport(Graph report) {
        List<Triple> reports = report.find(Node.ANY, RDF.type.asNode(), SHACL.ValidationReport).toList();
        assertThat(reports).hasSize(1);
        return reports.get(0).getSubject();
    }
}
