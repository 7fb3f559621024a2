package org.ai4skg.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ai4skg.failure.Ai4sException;
import org.ai4skg.failure.ExitKind;
import org.ai4skg.publication.Publication;
import org.apache.commons.io.FileUtils;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes the dumps of the publication: the whole graph and each part in every asked format, deterministic (sorted
 * statements, fixed prefixes, stable blank-node labels), streaming from a sorted file so any size fits in bounded
 * memory, plus {@code void.ttl}, {@code catalog.ttl} and {@code SHA256SUMS}. Every file is written under a temporary
 * name and all are moved into place together at the end.
 *
 * <p>The server can call {@link #export(Publication)} at start-up with its own base URL and serve the folder at
 * {@code /dumps/}; the result carries the VoID and DCAT graphs.
 */
public final class Exporter {

    /** The name stem of the whole-publication dumps. */
    public static final String STEM = "ai4s-kg";
    public static final String VOID_FILE = "void.ttl";
    public static final String CATALOG_FILE = "catalog.ttl";
    public static final String CHECKSUMS_FILE = "SHA256SUMS";

    private final ExportOptions options;
    private final JsonLdContext context = JsonLdContext.standard();

    public Exporter(ExportOptions options) {
        this.options = options;
    }

    /** Exports the publication: {@code ai4s-kg.*} (vocabulary and data), {@code ai4s-kg-vocabulary.*}, {@code ai4s-kg-data.*}. */
    public ExportResult export(Publication publication) {
        Map<String, Graph> parts = new LinkedHashMap<>();
        parts.put("vocabulary", publication.vocabulary());
        parts.put("data", publication.data());
        return export(publication.all(), parts, versionOf(publication.vocabulary()));
    }

    /** Exports one graph (e.g. the default graph of a TDB2 store, read inside a read transaction) as {@code ai4s-kg.*}. */
    public ExportResult export(Graph whole) {
        return export(whole, Map.of(), versionOf(whole));
    }

    private ExportResult export(Graph whole, Map<String, Graph> parts, String version) {
        Path out = options.out();
        List<AtomicFile> pending = new ArrayList<>();
        Path work = null;
        try {
            Files.createDirectories(out);
            removeLeftovers(out);
            work = Files.createTempDirectory("ai4s-export");
            List<DumpFile> dumps = new ArrayList<>();
            DatasetDescription.Part wholePart = writePart(whole, STEM, "all", "AI4S knowledge graph", work, pending, dumps);
            List<DatasetDescription.Part> subsets = new ArrayList<>();
            for (Map.Entry<String, Graph> part : parts.entrySet()) {
                subsets.add(writePart(part.getValue(), STEM + "-" + part.getKey(), part.getKey(),
                        "AI4S knowledge graph: " + part.getKey(), work, pending, dumps));
            }
            Graph voidGraph = DatasetDescription.voidGraph(wholePart, subsets, options.baseUrl());
            Graph catalog = DatasetDescription.catalog(dumps, version, options.issued(), options.baseUrl());
            List<DumpFile> files = new ArrayList<>(dumps);
            files.add(writeTurtle(voidGraph, VOID_FILE, work, pending));
            files.add(writeTurtle(catalog, CATALOG_FILE, work, pending));
            files.add(writeChecksums(files, pending));
            for (AtomicFile file : pending) {
                file.commit();
            }
            List<DumpFile> placed = files.stream()
                    .map(f -> new DumpFile(f.name(), out.resolve(f.name()), f.part(), f.format(), f.gzip(), f.bytes(),
                            f.sha256(), f.triples()))
                    .toList();
            return new ExportResult(placed, voidGraph, catalog, wholePart.statistics());
        } catch (IOException e) {
            throw new Ai4sException(ExitKind.UNREADABLE_INPUT, "cannot write the export to " + out + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new Ai4sException(ExitKind.UNREADABLE_INPUT, "cannot write the export to " + out + ": " + e.getCause().getMessage(), e);
        } finally {
            for (AtomicFile file : pending) {
                try {
                    file.close();
                } catch (IOException ignored) {
                    // Best effort: a temporary file left behind is removed by the next export.
                }
            }
            deleteTree(work);
        }
    }

    private DatasetDescription.Part writePart(Graph graph, String stem, String key, String title, Path work,
                                              List<AtomicFile> pending, List<DumpFile> dumps) throws IOException {
        Statistics statistics = new Statistics(DatasetDescription.URI_SPACE);
        Map<RdfSyntax, List<AtomicFile>> files = new LinkedHashMap<>();
        for (RdfSyntax format : RdfSyntax.values()) {
            if (options.formats().contains(format)) {
                for (boolean gzip : options.compressions()) {
                    String name = stem + "." + format.extension() + (gzip ? ".gz" : "");
                    AtomicFile file = AtomicFile.create(options.out().resolve(name), gzip);
                    pending.add(file);
                    files.computeIfAbsent(format, f -> new ArrayList<>()).add(file);
                }
            }
        }
        List<AtomicFile> lineFormats = new ArrayList<>();
        List<SubjectSink> sinks = new ArrayList<>();
        sinks.add(statistics);
        files.forEach((format, sameFormat) -> {
            // The plain and the gzipped file of a format are written from the same serialisation.
            Writer writer = sameFormat.size() == 1 ? sameFormat.get(0).writer()
                    : new TeeWriter(sameFormat.stream().map(AtomicFile::writer).toList());
            switch (format) {
                case NTRIPLES, NQUADS -> lineFormats.addAll(sameFormat);
                case TURTLE, TRIG -> sinks.add(new TurtleSink(writer, context));
                case JSONLD -> sinks.add(new JsonLdSink(writer, context));
                case RDFXML -> sinks.add(new RdfXmlSink(writer, context));
            }
        });
        long triples;
        if (sinks.size() == 1) {
            // Only N-Triples/N-Quads and the counts: the merged lines go straight to the files, nothing is parsed.
            UsedNamespaces used = new UsedNamespaces();
            statistics.start(used);
            triples = SortedTriples.stream(graph, work, stem, line -> {
                statistics.line(line);
                for (AtomicFile file : lineFormats) {
                    file.writer().write(line);
                    file.writer().write('\n');
                }
            }, used);
            statistics.finish();
        } else {
            SortedTriples sorted = SortedTriples.sort(graph, work, stem);
            for (AtomicFile file : lineFormats) {
                file.writer().flush();
                Files.copy(sorted.file(), file.stream());
            }
            sorted.forEachSubject(sinks);
            triples = sorted.triples();
            Files.deleteIfExists(sorted.file());
        }
        List<DumpFile> written = new ArrayList<>();
        for (Map.Entry<RdfSyntax, List<AtomicFile>> entry : files.entrySet()) {
            for (AtomicFile file : entry.getValue()) {
                file.finish();
                written.add(new DumpFile(file.target().getFileName().toString(), file.target(), key, entry.getKey(),
                        file.target().getFileName().toString().endsWith(".gz"), file.bytes(), file.sha256(), triples));
            }
        }
        dumps.addAll(written);
        return new DatasetDescription.Part(key, title, statistics, written);
    }

    private DumpFile writeTurtle(Graph graph, String name, Path work, List<AtomicFile> pending) throws IOException {
        SortedTriples sorted = SortedTriples.sort(graph, work, name);
        AtomicFile file = AtomicFile.create(options.out().resolve(name), false);
        pending.add(file);
        sorted.forEachSubject(List.of(new TurtleSink(file.writer(), context)));
        file.finish();
        return new DumpFile(name, file.target(), null, RdfSyntax.TURTLE, false, file.bytes(), file.sha256(),
                sorted.triples());
    }

    private DumpFile writeChecksums(List<DumpFile> files, List<AtomicFile> pending) throws IOException {
        AtomicFile file = AtomicFile.create(options.out().resolve(CHECKSUMS_FILE), false);
        pending.add(file);
        StringBuilder text = new StringBuilder();
        files.stream().sorted(Comparator.comparing(DumpFile::name))
                .forEach(f -> text.append(f.sha256()).append("  ").append(f.name()).append('\n'));
        file.writer().write(text.toString());
        file.finish();
        return new DumpFile(CHECKSUMS_FILE, file.target(), null, null, false, file.bytes(), file.sha256(), -1);
    }

    /** The {@code owl:versionInfo} of the {@code owl:Ontology} in the graph, else {@code unversioned}. */
    static String versionOf(Graph graph) {
        try (Found ontologies = new Found(graph.find(Node.ANY, RDF.Nodes.type, OWL.Ontology.asNode()))) {
            while (ontologies.hasNext()) {
                Node ontology = ontologies.next().getSubject();
                try (Found info = new Found(graph.find(ontology, OWL.versionInfo.asNode(), Node.ANY))) {
                    if (info.hasNext()) {
                        return info.next().getObject().getLiteralLexicalForm();
                    }
                }
            }
        }
        return "unversioned";
    }

    /** Removes temporary files an interrupted export may have left. */
    private static void removeLeftovers(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(".")
                    && f.getFileName().toString().endsWith(AtomicFile.PART)).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        FileUtils.deleteQuietly(folder.toFile()); // temporary files only
    }

    /** Writes the same characters to several writers (a dump's plain and gzipped files). */
    private static final class TeeWriter extends Writer {
        private final List<Writer> writers;

        TeeWriter(List<Writer> writers) {
            this.writers = writers;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            for (Writer writer : writers) {
                writer.write(buffer, offset, length);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (Writer writer : writers) {
                writer.write(text, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            for (Writer writer : writers) {
                writer.flush();
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
