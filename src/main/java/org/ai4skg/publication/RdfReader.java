package org.ai4skg.publication;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.ReaderRIOTFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.ParserProfileStd;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.RiotLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads RDF files into one graph, collecting every syntax error (file, line, column) instead of stopping at the first
 * file that fails, as RIOT's command line does. While reading it records where each subject is first described
 * ({@link SourceIndex}) and the prefixes the files declare.
 */
public final class RdfReader {

    /**
     * What was read: the merged graph, the files read, the syntax problems found, where each node is described and
     * the prefixes declared by the files (the first declaration of a prefix wins).
     */
    public record Result(Graph graph, List<Path> files, List<SyntaxProblem> problems, SourceIndex sources,
                         PrefixMap prefixes) {

        public Result(Graph graph, List<Path> files, List<SyntaxProblem> problems) {
            this(graph, files, problems, new SourceIndex(), PrefixMapFactory.create());
        }

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
        SourceIndex sources = new SourceIndex();
        PrefixMap prefixes = PrefixMapFactory.create();
        for (Path file : files) {
            StreamRDF sink = new StreamRDFWrapper(StreamRDFLib.graph(graph)) {
                @Override
                public void prefix(String prefix, String iri) {
                    if (!prefixes.containsPrefix(prefix)) {
                        prefixes.add(prefix, iri);
                    }
                }
            };
            readInto(file, sink, problems, sources);
        }
        return new Result(graph, List.copyOf(files), List.copyOf(problems), sources, prefixes);
    }

    /** Parses one file into {@code sink}, adding each error (and warning-as-error) to {@code problems}. */
    public static void readInto(Path file, StreamRDF sink, List<SyntaxProblem> problems) {
        readInto(file, sink, problems, new SourceIndex());
    }

    /**
     * Parses one file into {@code sink}, adding each error to {@code problems} and the position of each subject to
     * {@code sources}. The syntax is chosen by the file's extension ({@code .gz} is read decompressed).
     */
    public static void readInto(Path file, StreamRDF sink, List<SyntaxProblem> problems, SourceIndex sources) {
        Lang lang = RdfFiles.langOf(file);
        ReaderRIOTFactory factory = lang == null ? null : RDFParserRegistry.getFactory(lang);
        if (factory == null) {
            problems.add(new SyntaxProblem(file, -1, -1, "not a known RDF syntax (by its file extension)"));
            return;
        }
        ErrorHandler collector = new CollectingErrorHandler(file, problems);
        LocatingProfile profile = new LocatingProfile(file, lang, collector, sources);
        // Parsers that give no positions (RDF/XML, JSON-LD) still tell the file: recorded after the profile's position.
        Location inFile = new Location(file, -1, -1);
        StreamRDF located = new StreamRDFWrapper(sink) {
            @Override
            public void triple(Triple triple) {
                sources.record(triple, inFile);
                super.triple(triple);
            }

            @Override
            public void quad(Quad quad) {
                sources.record(quad.asTriple(), inFile);
                super.quad(quad);
            }
        };
        try (InputStream in = open(file)) {
            located.start();
            try {
                factory.create(lang, profile).read(in, profile.getBaseURI(), lang.getContentType(), located,
                        RIOT.getContext().copy());
            } finally {
                located.finish();
            }
        } catch (NoSuchFileException e) {
            problems.add(new SyntaxProblem(file, -1, -1, "no such file"));
        } catch (IOException | org.apache.jena.atlas.RuntimeIOException e) {
            problems.add(new SyntaxProblem(file, -1, -1, "cannot read: " + e.getMessage()));
        } catch (RiotException e) {
            // Already recorded by the handler when it carried a position; record it otherwise.
            if (problems.stream().noneMatch(p -> p.file().equals(file))) {
                problems.add(new SyntaxProblem(file, -1, -1, e.getMessage()));
            }
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    /** The standard parser profile that also records where each triple's subject appears. */
    private static final class LocatingProfile extends ParserProfileStd {
        private final Path file;
        private final SourceIndex sources;

        LocatingProfile(Path file, Lang lang, ErrorHandler errorHandler, SourceIndex sources) {
            super(RiotLib.factoryRDF(), errorHandler, resolver(file, lang), PrefixMapFactory.create(),
                    RIOT.getContext().copy(), !lineBased(lang), false);
            this.file = file;
            this.sources = sources;
        }

        private static boolean lineBased(Lang lang) {
            return RDFLanguages.sameLang(Lang.NTRIPLES, lang) || RDFLanguages.sameLang(Lang.NQUADS, lang);
        }

        private static IRIxResolver resolver(Path file, Lang lang) {
            if (lineBased(lang)) {
                return IRIxResolver.create().noBase().resolve(true).allowRelative(true).build();
            }
            String base = IRILib.filenameToIRI(file.toAbsolutePath().normalize().toString());
            return IRIxResolver.create().base(base).resolve(!RDFLanguages.sameLang(Lang.RDFJSON, lang))
                    .allowRelative(false).build();
        }

        @Override
        public Triple createTriple(Node subject, Node predicate, Node object, long line, long col) {
            Triple triple = super.createTriple(subject, predicate, object, line, col);
            sources.record(triple, new Location(file, line, col));
            return triple;
        }

        @Override
        public Quad createQuad(Node graph, Node subject, Node predicate, Node object, long line, long col) {
            Quad quad = super.createQuad(graph, subject, predicate, object, line, col);
            sources.record(quad.asTriple(), new Location(file, line, col));
            return quad;
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
