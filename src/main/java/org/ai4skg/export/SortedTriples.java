package org.ai4skg.export;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDFBase;

/**
 * A graph as a file of sorted, distinct N-Triples lines with stable blank-node labels: the canonical order every dump
 * is written in. Built by an external merge sort, so a graph of any size (a TDB2 store) is sorted in bounded memory.
 *
 * @param file    the sorted N-Triples file
 * @param triples the number of distinct triples
 * @param used    the namespaces the triples use
 */
record SortedTriples(Path file, long triples, UsedNamespaces used) {

    /** Memory allowed for one in-memory run of lines, in bytes (estimated). */
    static final long RUN_BUDGET = 48L * 1024 * 1024;

    /** Receives the sorted, distinct lines one by one. */
    @FunctionalInterface
    interface LineSink {
        void line(String line) throws IOException;
    }

    /** Sorts the triples of {@code graph} into a new file in {@code workDir}. */
    static SortedTriples sort(Graph graph, Path workDir, String name) throws IOException {
        Path out = workDir.resolve(name + ".sorted.nt");
        long count;
        UsedNamespaces used = new UsedNamespaces();
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            count = stream(graph, workDir, name, line -> {
                writer.write(line);
                writer.write('\n');
            }, used);
        }
        return new SortedTriples(out, count, used);
    }

    /**
     * Sorts the triples of {@code graph} (runs in {@code workDir}) and hands the sorted, distinct lines to {@code sink}
     * without keeping the result, noting in {@code namespaces} the namespaces the triples use; returns how many lines it
     * handed over.
     */
    static long stream(Graph graph, Path workDir, String name, LineSink sink, UsedNamespaces namespaces)
            throws IOException {
        BlankNodeLabels labels = new BlankNodeLabels(graph);
        List<Path> runs = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        long used = 0;
        try (Found it = new Found(graph.find())) {
            while (it.hasNext()) {
                Triple t = it.next();
                namespaces.add(t);
                String line = term(t.getSubject(), labels) + " " + Terms.nt(t.getPredicate()) + " "
                        + term(t.getObject(), labels) + " .";
                lines.add(line);
                used += 64 + 2L * line.length();
                if (used > RUN_BUDGET) {
                    runs.add(writeRun(lines, workDir, name, runs.size()));
                    lines.clear();
                    used = 0;
                }
            }
        }
        if (runs.isEmpty()) {
            lines.sort(null);
            return distinct(lines, sink);
        }
        if (!lines.isEmpty()) {
            runs.add(writeRun(lines, workDir, name, runs.size()));
        }
        lines = null;
        long count = merge(runs, sink);
        for (Path run : runs) {
            Files.deleteIfExists(run);
        }
        return count;
    }

    /** Streams the triples, grouped by subject, in order, to each sink. */
    void forEachSubject(List<SubjectSink> sinks) throws IOException {
        for (SubjectSink sink : sinks) {
            sink.start(used);
        }
        Grouper grouper = new Grouper(sinks);
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.source(in).lang(Lang.NTRIPLES).labelToNode(LabelToNode.createUseLabelAsGiven())
                    .checking(false).parse(grouper);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        grouper.flush();
        for (SubjectSink sink : sinks) {
            sink.finish();
        }
    }

    /** Streams the lines of the sorted file, in order, to {@code consumer}. */
    void forEachLine(java.util.function.Consumer<String> consumer) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                consumer.accept(line);
            }
        }
    }

    private static String term(Node node, BlankNodeLabels labels) {
        return node.isBlank() ? "_:" + labels.label(node) : Terms.nt(node);
    }

    private static Path writeRun(List<String> lines, Path workDir, String name, int index) throws IOException {
        lines.sort(null);
        Path run = workDir.resolve(name + ".run" + index + ".nt");
        try (BufferedWriter writer = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
            distinct(lines, line -> {
                writer.write(line);
                writer.write('\n');
            });
        }
        return run;
    }

    private static long distinct(List<String> sorted, LineSink sink) throws IOException {
        long count = 0;
        String previous = null;
        for (String line : sorted) {
            if (!line.equals(previous)) {
                sink.line(line);
                count++;
                previous = line;
            }
        }
        return count;
    }

    private record Head(String line, BufferedReader reader) {
    }

    private static long merge(List<Path> runs, LineSink sink) throws IOException {
        PriorityQueue<Head> queue = new PriorityQueue<>((a, b) -> a.line.compareTo(b.line));
        List<BufferedReader> readers = new ArrayList<>();
        long count = 0;
        try {
            for (Path run : runs) {
                BufferedReader reader = Files.newBufferedReader(run, StandardCharsets.UTF_8);
                readers.add(reader);
                String line = reader.readLine();
                if (line != null) {
                    queue.add(new Head(line, reader));
                }
            }
            String previous = null;
            while (!queue.isEmpty()) {
                Head head = queue.poll();
                if (!head.line.equals(previous)) {
                    sink.line(head.line);
                    count++;
                    previous = head.line;
                }
                String next = head.reader.readLine();
                if (next != null) {
                    queue.add(new Head(next, head.reader));
                }
            }
        } finally {
            for (BufferedReader reader : readers) {
                reader.close();
            }
        }
        return count;
    }

    /** Collects consecutive triples with the same subject and hands each group to the sinks. */
    private static final class Grouper extends StreamRDFBase {
        private final List<SubjectSink> sinks;
        private final List<Triple> group = new ArrayList<>();
        private Node subject;

        Grouper(List<SubjectSink> sinks) {
            this.sinks = sinks;
        }

        @Override
        public void triple(Triple triple) {
            if (subject != null && !subject.equals(triple.getSubject())) {
                flush();
            }
            subject = triple.getSubject();
            group.add(triple);
        }

        void flush() {
            if (group.isEmpty()) {
                return;
            }
            List<Triple> triples = List.copyOf(group);
            for (SubjectSink sink : sinks) {
                try {
                    sink.subject(subject, triples);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            group.clear();
            subject = null;
        }
    }
}
