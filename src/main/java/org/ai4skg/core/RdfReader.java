package org.ai4skg.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads RDF files into one graph, collecting every syntax error (file, line, column) instead of stopping at the first
 * file that fails, as RIOT's command line does.
 */
public final class RdfReader {

    /** What was read: the merged graph, the files read and the syntax problems found. */
    public record Result(Graph graph, List<Path> files, List<SyntaxProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private RdfReader() {
    }

    /** Reads every file into a fresh graph; a file with an error contributes the triples read before the error. */
    public static Result read(List<Path> files) {
        Graph graph = GraphFactory.createDefaultGraph();
        List<SyntaxProblem> problems = new ArrayList<>();
        for (Path file : files) {
            readInto(file, StreamRDFLib.graph(graph), problems);
        }
        return new Result(graph, List.copyOf(files), List.copyOf(problems));
    }

    /** Parses one file into {@code sink}, adding each error (and warning-as-error) to {@code problems}. */
    public static void readInto(Path file, StreamRDF sink, List<SyntaxProblem> problems) {
        Lang lang = RdfFiles.langOf(file);
        ErrorHandler collector = new CollectingErrorHandler(file, problems);
        try {
            RDFParser.source(file).lang(lang).errorHandler(collector).parse(sink);
        } catch (org.apache.jena.atlas.RuntimeIOException | org.apache.jena.riot.RiotNotFoundException e) {
            problems.add(new SyntaxProblem(file, -1, -1, "cannot read: " + e.getMessage()));
        } catch (RiotException e) {
            // Already recorded by the handler when it carried a position; record it otherwise.
            if (problems.stream().noneMatch(p -> p.file().equals(file))) {
                problems.add(new SyntaxProblem(file, -1, -1, e.getMessage()));
            }
        }
    }

    private record CollectingErrorHandler(Path file, List<SyntaxProblem> problems) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            // Warnings (e.g. unusual IRIs) do not stop a read; validation reports what matters.
        }

        @Override
        public void error(String message, long line, long col) {
            problems.add(new SyntaxProblem(file, line, col, message));
            throw new RiotException(message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            problems.add(new SyntaxProblem(file, line, col, message));
            throw new RiotException(message);
        }
    }
}
